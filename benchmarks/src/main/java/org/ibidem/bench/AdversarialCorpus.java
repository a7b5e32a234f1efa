package org.ibidem.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Documents of one hostile shape each, for the resolver's worst cases: what made it grow with the square (or the
 * cube) of the document. Same shape as {@link CorpusGenerator}'s text (chapters of 100 notes, "[n]" markers, a
 * "Notes" block), nothing random.
 *
 * <ul>
 *   <li>{@code tied-titles}: works "Report on the State of Things N" by seven authors, each followed by the short
 *       form "Report on the State of Things, 12.", which every earlier work matches as a shortened title (the
 *       shape of issue 17: 8,000 notes took 27 s to check).</li>
 *   <li>{@code one-author}: thousands of works by one author, each followed by "Marsh, Main Title, 5."</li>
 *   <li>{@code identical-titles}: thousands of works all titled "Collected Papers", by different authors, each
 *       followed by "Surname, Collected Papers, 4."</li>
 *   <li>{@code one-note}: one note citing n / 2 works, the next "Ibid.", then one note citing each of them again
 *       in short, then "Surname, supra note 1": n citations in four notes.</li>
 *   <li>{@code unknown-bodies}: works by people, each followed by a short form that names a body by an acronym
 *       no work has ("BAKE, <i>Bakelo Yearbook</i>, 4."), which is looked for among the bodies' names and
 *       initials.</li>
 *   <li>{@code title-pool}: works by different people whose titles all open alike ("A History of the Ancient
 *       Harbours of Yorkshire"), each followed by a short form of title alone ("History of the Ancient Harbours
 *       of Yorkshire, 4."), which falls into the pool of every work of that first title word.</li>
 *   <li>{@code short-first}: n / 2 short forms by one author that match nothing yet ("Marsh, Title, 5."), then
 *       the works in full in reverse order, each completing the work its short form introduced.</li>
 *   <li>{@code misspelt-titles}: works by different people whose titles all open alike, each followed by a
 *       short form of title alone with one letter dropped ("History of the Ancient Hrbours of Yorkshire, 4."):
 *       nothing matches it exactly, so it is looked for as a misspelling among the works of its first title
 *       word.</li>
 *   <li>{@code titles-first}: n / 2 short forms of title alone, all opening "History of the", that match
 *       nothing yet, then the works in full in reverse order.</li>
 *   <li>{@code unknown-openings}: works by different people, each followed by a short form of title alone whose
 *       first word no work's title opens with ("Bakelo Yearbook of Kent, 4."): looked for among all the
 *       works.</li>
 *   <li>{@code identical-alone}: thousands of works all titled "Collected Papers", by different authors, each
 *       followed by the short form "Collected Papers, 4." with no author: every earlier work is a
 *       candidate.</li>
 *   <li>{@code identical-quoted}: the same with articles, "“Collected Papers,” 4.": quotation marks, which
 *       narrow a short form's candidates to what is not a book.</li>
 *   <li>{@code one-note-titles}: one note citing n / 2 works, then one note citing each of them again by title
 *       alone.</li>
 *   <li>{@code one-author-alone}: thousands of works by one author, each followed by the author's name alone
 *       ("Marsh, 5."), which every earlier work of the author may mean.</li>
 *   <li>{@code tied-volumes}: {@code tied-titles} in four volumes ("Report on the State of Things N, vol. 2"),
 *       each followed by "Report on the State of Things, vol. 2, 12.": past a few thousand notes, more than
 *       {@code RECENT_WORKS} works of that volume tie, and the volume is what narrows them.</li>
 *   <li>{@code one-author-volumes}: thousands of works by one author in four volumes, each followed by the
 *       author's name and a volume ("Marsh, vol. 2, 5."): the volume narrows every earlier work of the
 *       author.</li>
 *   <li>{@code one-note-after-short}: {@code one-note-titles} after one short form of title alone that matches
 *       nothing ("History of the Unheard Things, 3."), which introduces a work whose title may still change in
 *       the pool of every history.</li>
 * </ul>
 * {@code main} writes one: {@code java -cp benchmarks.jar org.ibidem.bench.AdversarialCorpus tied-titles 8000}.
 */
public final class AdversarialCorpus {

    /** The shapes, by name. */
    public static final List<String> SHAPES = List.of("tied-titles", "one-author", "identical-titles", "one-note",
            "unknown-bodies", "short-first", "title-pool", "misspelt-titles", "titles-first", "unknown-openings",
            "identical-alone", "identical-quoted", "one-note-titles", "one-author-alone", "tied-volumes",
            "one-author-volumes", "one-note-after-short");

    private static final String[] TIED_AUTHORS = {"Margaret Hale", "John Thornton", "Nicholas Higgins",
        "Edith Shaw", "Henry Lennox", "Frederick Hale", "Bessy Higgins"};
    private static final String[] ADJECTIVES = {"Ancient", "Broken", "Civic", "Distant", "Early", "Forgotten",
        "Golden", "Hidden", "Imperial", "Late", "Maritime", "Northern", "Open", "Quiet", "Rural", "Southern",
        "Urban", "Western", "Young", "Zealous"};
    private static final String[] NOUNS = {"Harbours", "Markets", "Guilds", "Roads", "Mills", "Granges", "Fairs",
        "Towns", "Rivers", "Bridges", "Churches", "Courts", "Schools", "Villages", "Forests", "Mines", "Ports",
        "Parishes", "Estates", "Manors"};
    private static final String[] PLACES = {"Yorkshire", "Kent", "Norfolk", "Devon", "Wessex", "Mercia", "Anglia",
        "Cumbria", "Lancashire", "Cornwall", "Dorset", "Essex", "Sussex", "Surrey", "Suffolk", "Durham",
        "Somerset", "Cheshire", "Shropshire", "Rutland", "Hampshire", "Wiltshire", "Berkshire", "Oxfordshire",
        "Lincolnshire", "Staffordshire", "Derbyshire", "Northumberland", "Westmorland", "Herefordshire"};
    private static final String[] SYLLABLES = {"ba", "ke", "lo", "mi", "nu", "ra", "si", "to", "ve", "za", "do",
        "fe", "gu", "ha", "jo", "pe"};

    private AdversarialCorpus() {
    }

    /** Writes one document to standard output: {@code SHAPE NOTES}. */
    public static void main(String[] args) {
        System.out.print(generate(args[0], Integer.parseInt(args[1])));
    }

    /** A document of about {@code notes} notes (citations, for {@code one-note}) of the named shape. */
    public static String generate(String shape, int notes) {
        return document(shape, switch (shape) {
            case "tied-titles" -> tiedTitles(notes / 2);
            case "one-author" -> oneAuthor(notes / 2);
            case "identical-titles" -> identicalTitles(notes / 2);
            case "one-note" -> oneNote(notes / 2);
            case "unknown-bodies" -> unknownBodies(notes / 2);
            case "short-first" -> shortFirst(notes / 2);
            case "title-pool" -> titlePool(notes / 2);
            case "misspelt-titles" -> misspeltTitles(notes / 2);
            case "titles-first" -> titlesFirst(notes / 2);
            case "unknown-openings" -> unknownOpenings(notes / 2);
            case "identical-alone" -> identicalAlone(notes / 2, false);
            case "identical-quoted" -> identicalAlone(notes / 2, true);
            case "one-note-titles" -> oneNoteTitles(notes / 2);
            case "one-author-alone" -> oneAuthorAlone(notes / 2);
            case "tied-volumes" -> tiedVolumes(notes / 2);
            case "one-author-volumes" -> oneAuthorVolumes(notes / 2);
            case "one-note-after-short" -> oneNoteAfterShort(notes / 2);
            default -> throw new IllegalArgumentException("Unknown shape " + shape + "; shapes: " + SHAPES);
        });
    }

    private static List<String> tiedTitles(int works) {
        List<String> notes = new ArrayList<>();
        for (int i = 1; i <= works; i++) {
            notes.add(TIED_AUTHORS[i % TIED_AUTHORS.length] + ", *Report on the State of Things " + i
                    + "* (London: Stationery Office, 1990), 3.");
            notes.add("Report on the State of Things, 12.");
        }
        return notes;
    }

    private static List<String> tiedVolumes(int works) {
        List<String> notes = new ArrayList<>();
        for (int i = 1; i <= works; i++) {
            notes.add(TIED_AUTHORS[i % TIED_AUTHORS.length] + ", *Report on the State of Things " + i + "*, vol. "
                    + (i % 4 + 1) + " (London: Stationery Office, 1990), 3.");
            notes.add("Report on the State of Things, vol. 2, 12.");
        }
        return notes;
    }

    private static List<String> oneAuthor(int works) {
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < works; i++) {
            String main = mainTitle(i);
            notes.add("Eleanor Marsh, *" + main + ": A Study* (London: Longman, " + (1900 + i % 100) + "), 1.");
            notes.add("Marsh, *" + main + "*, 5.");
        }
        return notes;
    }

    private static List<String> identicalTitles(int works) {
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < works; i++) {
            String surname = surname(i);
            notes.add("Anne " + surname + ", *Collected Papers* (Oxford: Clarendon Press, 1950), 2.");
            notes.add(surname + ", *Collected Papers*, 4.");
        }
        return notes;
    }

    private static List<String> oneNote(int works) {
        List<String> full = new ArrayList<>();
        List<String> shortForms = new ArrayList<>();
        for (int i = 0; i < works; i++) {
            String surname = surname(i);
            full.add("Anne " + surname + ", *" + mainTitle(i) + "* (Oxford: Clarendon Press, 1950), 2");
            shortForms.add(surname + ", *" + mainTitle(i) + "*, 4");
        }
        return List.of("See " + String.join("; ", full) + ".", "Ibid.", String.join("; ", shortForms) + ".",
                surname(0) + ", supra note 1, 9.");
    }

    private static List<String> unknownBodies(int works) {
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < works; i++) {
            String surname = surname(i);
            notes.add("Anne " + surname + ", *" + mainTitle(i) + "* (Oxford: Clarendon Press, 1950), 2.");
            notes.add(acronym(i) + ", *" + surname + " Yearbook*, 4.");
        }
        return notes;
    }

    private static List<String> titlePool(int works) {
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < works; i++) {
            String title = "History of the " + mainTitle(i) + (i >= 12_000 ? ", Part " + (i / 12_000 + 1) : "");
            notes.add("Anne " + surname(i) + ", *A " + title + "* (Oxford: Clarendon Press, 1950), 2.");
            notes.add(title + ", 4.");
        }
        return notes;
    }

    private static List<String> shortFirst(int works) {
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < works; i++) {
            notes.add("Marsh, *" + mainTitle(i) + "*, 5.");
        }
        for (int i = works - 1; i >= 0; i--) {
            notes.add("Eleanor Marsh, *" + mainTitle(i) + ": A Study* (London: Longman, 1950), 1.");
        }
        return notes;
    }

    private static List<String> misspeltTitles(int works) {
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < works; i++) {
            String title = longTitle(i);
            int noun = title.indexOf(' ') + 2; // the noun's second letter
            notes.add("Anne " + surname(i) + ", *A History of the " + title
                    + "* (Oxford: Clarendon Press, 1950), 2.");
            notes.add("History of the " + title.substring(0, noun) + title.substring(noun + 1) + ", 4.");
        }
        return notes;
    }

    private static List<String> titlesFirst(int works) {
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < works; i++) {
            notes.add("History of the " + longTitle(i) + ", 5.");
        }
        for (int i = works - 1; i >= 0; i--) {
            notes.add("Anne " + surname(i) + ", *The History of the " + longTitle(i)
                    + "* (Oxford: Clarendon Press, 1950), 2.");
        }
        return notes;
    }

    private static List<String> unknownOpenings(int works) {
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < works; i++) {
            notes.add("Anne " + surname(i) + ", *" + longTitle(i) + "* (Oxford: Clarendon Press, 1950), 2.");
            notes.add(surname(i + works) + " Yearbook of " + PLACES[i % PLACES.length] + ", 4.");
        }
        return notes;
    }

    private static List<String> identicalAlone(int works, boolean quoted) {
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < works; i++) {
            notes.add(quoted
                    ? "Anne " + surname(i) + ", “Collected Papers,” *Journal of Things* 3 (1950): 2."
                    : "Anne " + surname(i) + ", *Collected Papers* (Oxford: Clarendon Press, 1950), 2.");
            notes.add(quoted ? "“Collected Papers,” 4." : "Collected Papers, 4.");
        }
        return notes;
    }

    private static List<String> oneAuthorAlone(int works) {
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < works; i++) {
            notes.add("Eleanor Marsh, *" + longTitle(i) + "* (London: Longman, 1950), 1.");
            notes.add("Marsh, 5.");
        }
        return notes;
    }

    private static List<String> oneAuthorVolumes(int works) {
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < works; i++) {
            notes.add("Eleanor Marsh, *" + longTitle(i) + "*, vol. " + (i % 4 + 1) + " (London: Longman, 1950), 1.");
            notes.add("Marsh, vol. 2, 5.");
        }
        return notes;
    }

    private static List<String> oneNoteAfterShort(int works) {
        List<String> notes = new ArrayList<>();
        notes.add("History of the Unheard Things, 3.");
        notes.addAll(oneNoteTitles(works));
        return notes;
    }

    private static List<String> oneNoteTitles(int works) {
        List<String> full = new ArrayList<>();
        List<String> shortForms = new ArrayList<>();
        for (int i = 0; i < works; i++) {
            full.add("Anne " + surname(i) + ", *A History of the " + longTitle(i)
                    + "* (Oxford: Clarendon Press, 1950), 2");
            shortForms.add("History of the " + longTitle(i) + ", 4");
        }
        return List.of("See " + String.join("; ", full) + ".", String.join("; ", shortForms) + ".");
    }

    /**
     * "Ancient Harbours of Yorkshire and Cumbria", then "… and Cornwall" past 12,000: distinct for each i below 360,000,
     * and of one shape at every size (titles that grew longer past 12,000 made each comparison dearer, which read
     * as growth with the document).
     */
    private static String longTitle(int i) {
        return mainTitle(i % 12_000) + " and " + PLACES[(i / 12_000 + 7) % PLACES.length];
    }

    /** "BAAA", "CAAA", …: four capitals, distinct for each i below 26^4. */
    private static String acronym(int i) {
        StringBuilder s = new StringBuilder();
        int n = i;
        for (int k = 0; k < 4; k++) {
            s.append((char) ('A' + (n + (k == 0 ? 1 : 0)) % 26));
            n /= 26;
        }
        return s.toString();
    }

    /** "Ancient Harbours of Yorkshire": distinct for each i below 12,000. */
    private static String mainTitle(int i) {
        return ADJECTIVES[i % ADJECTIVES.length] + " " + NOUNS[i / ADJECTIVES.length % NOUNS.length] + " of "
                + PLACES[i / (ADJECTIVES.length * NOUNS.length) % PLACES.length];
    }

    /** "Bakelo", "Kebalo", …: a made-up surname, distinct for each i. */
    private static String surname(int i) {
        StringBuilder s = new StringBuilder();
        int n = i;
        for (int k = 0; k < 3 || n > 0; k++) {
            s.append(SYLLABLES[n % SYLLABLES.length]);
            n /= SYLLABLES.length;
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String document(String shape, List<String> notes) {
        StringBuilder out = new StringBuilder(notes.size() * 100);
        out.append("ADVERSARIAL CORPUS ").append(shape).append("\n\n");
        int per = CorpusGenerator.NOTES_PER_CHAPTER;
        for (int start = 0; start < notes.size(); start += per) {
            List<String> chapter = notes.subList(start, Math.min(notes.size(), start + per));
            out.append("CHAPTER ").append(start / per + 1).append(". Things\n\n");
            for (int n = 1; n <= chapter.size(); n++) {
                out.append(n > 1 ? " " : "").append("The text goes on.[").append(n).append("]");
            }
            out.append("\n\nNotes\n\n");
            for (int n = 1; n <= chapter.size(); n++) {
                out.append('[').append(n).append("] ").append(chapter.get(n - 1)).append("\n\n");
            }
        }
        return out.toString();
    }
}
