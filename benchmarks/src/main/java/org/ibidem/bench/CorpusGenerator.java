package org.ibidem.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Writes a plain-text document of Chicago-style notes, of any length, the same for the same seed.
 *
 * <p>The document has the shape {@code PlainTextExtractor} reads: chapters of 100 notes, each a heading line
 * ("CHAPTER 12. …"), a body whose sentences carry {@code [n]} markers, a "Notes" heading and a notes block of
 * {@code [n] …} lines, numbering restarting in each chapter (the extractor reads labels of up to four digits, so
 * a 100,000-note document cannot be numbered straight through; a book of chapters is also what long documents
 * are). Notes cover every construct of the Chicago note grammar: books with editors, translators, editions and
 * volumes; chapters "in Book, ed. X"; journal articles with volume, issue, date, pages and DOI; newspaper
 * articles; web pages with an access date; theses; archival documents; speeches; films on DVD; podcast
 * episodes; court cases in Bluebook form, with "Id. at" and "Brown, 347 U.S. at 494"; multi-citation notes with
 * signals; a little commentary. About a third of the notes are "Ibid." or short forms, which follow Chicago:
 * a work's first citation in each chapter is in full, later ones short, "Ibid." only after a note that cites
 * exactly one work.
 *
 * <pre>{@code
 * CorpusGenerator.Corpus c = new CorpusGenerator(42).generate(10_000);
 * Ibidem.analyze("corpus.txt", c.text(), IbidemOptions.defaults());
 * }</pre>
 *
 * <p>Authors are drawn from a population that grows with the corpus (new authors keep appearing, some write
 * several works), as in a real collection. {@link #withAuthorPool(int)} instead fixes the population, to probe
 * how resolution scales when many works share few surnames.
 *
 * <p>Not thread-safe: one generator per thread. Deterministic: the same seed and size give the same text.
 */
public final class CorpusGenerator {

    /** Notes per chapter: a realistic chapter, and well below the extractor's four-digit label limit. */
    public static final int NOTES_PER_CHAPTER = 100;

    /** A generated document and how many notes of each construct it holds. */
    public record Corpus(String text, int notes, int chapters, Map<String, Integer> constructs) {
    }

    private enum Kind { BOOK, CHAPTER, JOURNAL, NEWSPAPER, WEBPAGE, THESIS, ARCHIVAL, SPEECH, FILM, PODCAST, CASE }

    /** A work, with what its full and short citations need. */
    private static final class Work {
        Kind kind;
        List<String[]> authors = List.of(); // {given, family}
        String title;
        String shortTitle;
        String full;        // the full citation without its pinpoint and final period
        boolean colonPages; // journal: the pinpoint follows a colon
        String volume;      // for "2:45" short forms of multi-volume works
        boolean noPage;     // newspapers, web pages, speeches, films, podcasts: cited without a page
        String caseShort;   // a court case's short form before "at": "Brown, 347 U.S."
        int firstPage;      // a court case's first page, which every pinpoint follows
        String construct;
    }

    private final SplittableRandom random;
    private final long seed;
    private final int authorPool;
    private final List<String[]> authors = new ArrayList<>();
    private final List<Work> works = new ArrayList<>();
    private final Set<String> shortKeys = new HashSet<>();
    private final Map<String, Integer> constructs = new TreeMap<>();

    /** A generator whose author population grows with the corpus. */
    public CorpusGenerator(long seed) {
        this(seed, 0);
    }

    private CorpusGenerator(long seed, int authorPool) {
        this.seed = seed;
        this.random = new SplittableRandom(seed);
        this.authorPool = authorPool;
    }

    /** A generator, same seed, whose works all come from {@code pool} authors (for the scaling probe). */
    public CorpusGenerator withAuthorPool(int pool) {
        return new CorpusGenerator(seed, pool);
    }

    /** A document of {@code notes} notes; call once per generator. */
    public Corpus generate(int notes) {
        StringBuilder text = new StringBuilder(notes * 260);
        text.append("GENERATED CORPUS ").append(notes).append(" (seed ").append(seed).append(")\n\n");
        int chapters = (notes + NOTES_PER_CHAPTER - 1) / NOTES_PER_CHAPTER;
        int written = 0;
        for (int ch = 1; ch <= chapters; ch++) {
            int here = Math.min(NOTES_PER_CHAPTER, notes - written);
            chapter(ch, here, text);
            written += here;
        }
        return new Corpus(text.toString(), notes, chapters, Map.copyOf(constructs));
    }

    // ---- Document shape ----

    private void chapter(int number, int notes, StringBuilder out) {
        out.append("CHAPTER ").append(number).append(". ").append(capitalize(pick(NOUNS))).append(" and ")
                .append(capitalize(pick(NOUNS))).append("\n\n");
        List<String> noteTexts = new ArrayList<>(notes);
        List<Work> inFull = new ArrayList<>();   // works given in full in this chapter
        Work previousSingle = null;              // the one work the previous note cites, if it cites one
        for (int n = 1; n <= notes; n++) {
            double r = n == 1 ? 1.0 : random.nextDouble();
            String note;
            Work single = null;
            if (r < 0.16 && previousSingle != null) {
                note = ibid(previousSingle);
                single = previousSingle;
            } else if (r < 0.34 && !inFull.isEmpty()) {
                Work w = recent(inFull);
                note = end(shortForm(w));
                single = w;
            } else if (r < 0.37 && !inFull.isEmpty()) {
                note = multi(inFull);
            } else if (r < 0.38) {
                note = commentary();
            } else {
                Work w = fullWork(inFull);
                note = end(fullCitation(w));
                inFull.add(w);
                single = w;
            }
            previousSingle = single;
            noteTexts.add(note);
        }
        // Body: paragraphs of four to six sentences, each ending in its marker.
        int n = 1;
        while (n <= notes) {
            int sentences = 4 + random.nextInt(3);
            for (int s = 0; s < sentences && n <= notes; s++, n++) {
                if (s > 0) {
                    out.append(' ');
                }
                out.append(sentence()).append("[").append(n).append("]");
            }
            out.append("\n\n");
        }
        out.append("Notes\n\n");
        for (int i = 0; i < noteTexts.size(); i++) {
            out.append('[').append(i + 1).append("] ").append(noteTexts.get(i)).append("\n\n");
        }
    }

    private String sentence() {
        return pick(OPENINGS) + " " + pick(NOUNS) + " " + pick(VERBS) + " the " + pick(ADJECTIVES) + " "
                + pick(NOUNS) + " of " + pick(PLACES) + (random.nextInt(3) == 0 ? " after " + year() : "") + ".";
    }

    // ---- Notes ----

    private String ibid(Work w) {
        count("ibid");
        if (w.kind == Kind.CASE) {
            return "Id. at " + casePin(w) + "."; // the legal ibid
        }
        int r = random.nextInt(10);
        if (r < 4 || w.noPage) {
            return "Ibid.";
        }
        if (r == 9) {
            return "Ibid, " + page() + "."; // without its period, as people write it
        }
        return "Ibid., " + page() + ".";
    }

    private String shortForm(Work w) {
        count("short:" + w.kind.name().toLowerCase(Locale.ROOT));
        if (w.kind == Kind.CASE) {
            return w.caseShort + " at " + casePin(w);
        }
        StringBuilder s = new StringBuilder();
        if (!w.authors.isEmpty()) {
            s.append(w.authors.get(0)[1]);
            if (w.authors.size() == 2) {
                s.append(" and ").append(w.authors.get(1)[1]);
            } else if (w.authors.size() > 2) {
                s.append(" et al.");
            }
            s.append(", ");
        }
        boolean quoted = w.kind != Kind.BOOK && w.kind != Kind.FILM; // a film's title is italic, as a book's
        s.append(quoted ? "“" : "").append(w.shortTitle).append(quoted ? ",”" : ",");
        if (w.noPage) {
            s.setLength(s.length() - (quoted ? 2 : 1));
            if (quoted) {
                s.append("”");
            }
            return s.toString();
        }
        s.append(' ');
        if (w.volume != null && random.nextBoolean()) {
            s.append(w.volume).append(':');
        }
        s.append(page());
        return s.toString();
    }

    private String multi(List<Work> inFull) {
        count("multi");
        Work a = recent(inFull);
        Work b = fullWork(inFull);
        inFull.add(b);
        String signal = random.nextBoolean() ? "See " : "";
        String first = shortForm(a);
        String joined = random.nextBoolean() ? first + "; " : end(first) + " See also ";
        return signal + joined + end(fullCitation(b));
    }

    /** Ends a citation with its period, inside a closing quotation mark as Chicago puts it. */
    private static String end(String citation) {
        return citation.endsWith("”") ? citation.substring(0, citation.length() - 1) + ".”" : citation + ".";
    }

    private String commentary() {
        count("commentary");
        return "On the " + pick(ADJECTIVES) + " " + pick(NOUNS) + " here the sources disagree, and the question is"
                + " taken up again in the next chapter.";
    }

    private String fullCitation(Work w) {
        count(w.construct);
        if (w.noPage) {
            return w.full;
        }
        if (w.kind == Kind.CASE) {
            // "Brown v. Board of Education, 347 U.S. 483, 495 (1954)": the pinpoint follows the first page.
            int paren = w.full.lastIndexOf(" (");
            return w.full.substring(0, paren) + ", " + casePin(w) + w.full.substring(paren);
        }
        String pin = random.nextInt(8) == 0 ? page() + "–" + (random.nextInt(9) + 1) + "0" : page();
        if (w.kind == Kind.JOURNAL) {
            // "Journal 12, no. 3 (2004): 45, https://doi.org/…": the pinpoint sits between the colon and the DOI.
            int doi = w.full.indexOf(", https://doi.org/");
            return doi < 0 ? w.full + ": " + pin : w.full.substring(0, doi) + ": " + pin + w.full.substring(doi);
        }
        return w.full + ", " + pin;
    }

    /** A work for a full citation: new, or one from an earlier chapter given in full again. */
    private Work fullWork(List<Work> inFull) {
        if (!works.isEmpty() && random.nextInt(5) == 0) {
            for (int tries = 0; tries < 4; tries++) {
                Work w = works.get(random.nextInt(works.size()));
                if (!inFull.contains(w)) {
                    return w;
                }
            }
        }
        Work w = newWork();
        works.add(w);
        return w;
    }

    private Work recent(List<Work> inFull) {
        // Recently cited works are cited again most: pick among the last eight.
        int from = Math.max(0, inFull.size() - 8);
        return inFull.get(from + random.nextInt(inFull.size() - from));
    }

    // ---- Works ----

    private Work newWork() {
        int r = random.nextInt(100);
        Kind kind = r < 35 ? Kind.BOOK : r < 47 ? Kind.CHAPTER : r < 67 ? Kind.JOURNAL : r < 75 ? Kind.NEWSPAPER
                : r < 83 ? Kind.WEBPAGE : r < 88 ? Kind.THESIS : r < 93 ? Kind.ARCHIVAL : r < 95 ? Kind.SPEECH
                : r < 97 ? Kind.FILM : r < 98 ? Kind.PODCAST : Kind.CASE;
        Work w = new Work();
        w.kind = kind;
        switch (kind) {
            case BOOK -> book(w);
            case CHAPTER -> chapterIn(w);
            case JOURNAL -> journal(w);
            case NEWSPAPER -> newspaper(w);
            case WEBPAGE -> webpage(w);
            case THESIS -> thesis(w);
            case ARCHIVAL -> archival(w);
            case SPEECH -> speech(w);
            case FILM -> film(w);
            case PODCAST -> podcast(w);
            case CASE -> legalCase(w);
            default -> throw new AssertionError(kind);
        }
        return w;
    }

    private void book(Work w) {
        w.authors = authorList(random.nextInt(10) < 7 ? 1 : random.nextInt(10) < 7 ? 2 : 3);
        title(w, true);
        StringBuilder f = new StringBuilder(names(w.authors)).append(", ").append(w.title);
        StringBuilder construct = new StringBuilder("book");
        int extra = random.nextInt(100);
        if (extra < 10) {
            f.append(", trans. ").append(personName(newAuthor()));
            construct.append("+trans");
        } else if (extra < 20) {
            f.append(", ed. ").append(personName(newAuthor()));
            construct.append("+ed");
        } else if (extra < 24) {
            f.append(", ed. and trans. ").append(personName(newAuthor()));
            construct.append("+ed+trans");
        }
        int ed = random.nextInt(100);
        if (ed < 10) {
            f.append(", ").append(ordinal(2 + random.nextInt(4))).append(" ed.");
            construct.append("+edition");
        } else if (ed < 13) {
            f.append(", rev. ed.");
            construct.append("+edition");
        }
        int vol = random.nextInt(100);
        if (vol < 8) {
            w.volume = Integer.toString(1 + random.nextInt(6));
            f.append(", vol. ").append(w.volume);
            construct.append("+vol");
        } else if (vol < 11) {
            f.append(", ").append(2 + random.nextInt(5)).append(" vols.");
            construct.append("+vols");
        }
        f.append(" (").append(publicationFacts()).append(")");
        w.full = f.toString();
        w.construct = construct.toString();
    }

    private String publicationFacts() {
        String[] p = PUBLISHERS[random.nextInt(PUBLISHERS.length)];
        int y = year();
        if (random.nextInt(40) == 0) {
            return (y - 60 - random.nextInt(80)) + "; repr., " + p[0] + ": " + p[1] + ", " + y;
        }
        return p[0] + ": " + p[1] + ", " + y;
    }

    private void chapterIn(Work w) {
        w.authors = authorList(1);
        title(w, false);
        String book = bookTitle();
        String editor = personName(newAuthor());
        w.full = names(w.authors) + ", “" + w.title + ",” in " + book + ", ed. " + editor + " ("
                + publicationFacts() + ")";
        w.construct = "chapter-in-book";
    }

    private void journal(Work w) {
        w.authors = authorList(random.nextInt(10) < 8 ? 1 : 2);
        title(w, false);
        int y = year();
        String date = switch (random.nextInt(4)) {
            case 0 -> pick(SEASONS) + " " + y;
            case 1 -> pick(MONTHS) + " " + y;
            default -> Integer.toString(y);
        };
        StringBuilder f = new StringBuilder(names(w.authors)).append(", “").append(w.title).append(",” ")
                .append(pick(JOURNALS)).append(' ').append(1 + random.nextInt(80));
        if (random.nextInt(4) != 0) {
            f.append(", no. ").append(1 + random.nextInt(6));
        }
        f.append(" (").append(date).append(")");
        String construct = "journal";
        if (random.nextBoolean()) {
            f.append(", https://doi.org/10.").append(1000 + random.nextInt(9000)).append('/')
                    .append(Long.toString(random.nextLong() & 0xffffffffL, 36));
            construct = "journal+doi";
        }
        w.full = f.toString();
        w.colonPages = true;
        w.construct = construct;
    }

    private void newspaper(Work w) {
        boolean signed = random.nextInt(10) < 7;
        w.authors = signed ? authorList(1) : List.of();
        title(w, false);
        String paper = random.nextInt(5) == 0 ? pick(CITY_PAPERS) : pick(NEWSPAPERS);
        w.full = (signed ? names(w.authors) + ", " : "") + "“" + w.title + ",” " + paper + ", " + fullDate();
        w.noPage = true;
        w.construct = signed ? "newspaper" : "newspaper-unsigned";
    }

    private void webpage(Work w) {
        boolean signed = random.nextInt(10) < 6;
        w.authors = signed ? authorList(1) : List.of();
        title(w, false);
        String slug = w.title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        String[] site = WEBSITES[random.nextInt(WEBSITES.length)];
        StringBuilder f = new StringBuilder();
        if (signed) {
            f.append(names(w.authors)).append(", ");
        }
        f.append('“').append(w.title).append(",” ").append(site[0]);
        if (random.nextBoolean()) {
            f.append(", ").append(fullDate());
        }
        f.append(", accessed ").append(fullDate()).append(", https://").append(site[1]).append('/').append(slug);
        w.full = f.toString();
        w.noPage = true;
        w.construct = "webpage+accessed";
    }

    private void thesis(Work w) {
        w.authors = authorList(1);
        title(w, false);
        w.full = names(w.authors) + ", “" + w.title + "” (" + (random.nextInt(4) == 0 ? "master’s thesis" : "PhD diss.")
                + ", " + pick(UNIVERSITIES) + ", " + year() + ")";
        w.construct = "thesis";
    }

    private void archival(Work w) {
        boolean signed = random.nextInt(10) < 6;
        w.authors = signed ? authorList(1) : List.of();
        w.title = pick(DOCUMENTS) + " " + pick(NAMED_PEOPLE) + " on the " + capitalize(pick(NOUNS)) + " of "
                + pick(PLACES);
        w.shortTitle = shortTitleFor(w, w.title, signed ? w.authors.get(0)[1] : "");
        String archive = pick(ARCHIVES);
        StringBuilder f = new StringBuilder();
        if (signed) {
            f.append(names(w.authors)).append(", ");
        }
        f.append('“').append(w.title).append(",” ").append(archive).append(", ").append(fullDate());
        if (archive.endsWith("Digital Archive")) {
            f.append(", https://digitalarchive.example.org/document/").append(100000 + random.nextInt(900000));
        }
        w.full = f.toString();
        w.noPage = true;
        w.construct = "archival";
    }

    private void speech(Work w) {
        w.authors = authorList(1);
        w.title = pick(SPEECH_TITLES) + " " + capitalize(pick(ADJECTIVES)) + " " + capitalize(pick(NOUNS));
        w.shortTitle = shortTitleFor(w, w.title, w.authors.get(0)[1]);
        w.full = names(w.authors) + ", “" + w.title + "” (speech, " + pick(VENUES) + ", " + fullDate() + ")";
        w.noPage = true;
        w.construct = "speech";
    }

    private void film(Work w) {
        w.authors = authorList(1); // the director, whom the short form names ("Curtiz, Casablanca")
        title(w, true);
        String[] studio = STUDIOS[random.nextInt(STUDIOS.length)];
        int released = 1920 + random.nextInt(80);
        w.full = w.title + ", directed by " + names(w.authors) + " (" + released + "; " + studio[0] + ": "
                + studio[1] + ", " + (released + 5 + random.nextInt(20)) + "), " + pick(FILM_MEDIA);
        w.noPage = true;
        w.construct = "film";
    }

    private void podcast(Work w) {
        w.authors = authorList(1); // the host
        title(w, false);
        w.full = names(w.authors) + ", host, “" + w.title + ",” " + capitalize(pick(ADJECTIVES)) + " "
                + capitalize(pick(NOUNS)) + " (podcast), episode " + (1 + random.nextInt(300)) + ", "
                + pick(NETWORKS) + ", " + fullDate();
        w.noPage = true;
        w.construct = "podcast";
    }

    private void legalCase(Work w) {
        w.authors = List.of();
        String first = pick(SURNAMES);
        String second = random.nextBoolean() ? pick(SURNAMES) : "Board of " + capitalize(pick(NOUNS));
        w.title = first + " v. " + second;
        w.shortTitle = first;
        int volume = 100 + random.nextInt(480);
        w.firstPage = 1 + random.nextInt(900);
        w.caseShort = first + ", " + volume + " U.S.";
        w.full = w.title + ", " + volume + " U.S. " + w.firstPage + " (" + (1900 + random.nextInt(120)) + ")";
        w.construct = "legal-case";
    }

    private int casePin(Work w) {
        return w.firstPage + 1 + random.nextInt(20);
    }

    // ---- Titles ----

    private void title(Work w, boolean book) {
        String main = switch (random.nextInt(5)) {
            case 0 -> "The " + capitalize(pick(ADJECTIVES)) + " " + capitalize(pick(NOUNS));
            case 1 -> capitalize(pick(NOUNS)) + " and " + capitalize(pick(NOUNS));
            case 2 -> capitalize(pick(GERUNDS)) + " the " + capitalize(pick(ADJECTIVES)) + " " + capitalize(pick(NOUNS));
            case 3 -> "A History of " + capitalize(pick(ADJECTIVES)) + " " + capitalize(pick(NOUNS));
            default -> capitalize(pick(ADJECTIVES)) + " " + capitalize(pick(NOUNS)) + " in " + pick(PLACES);
        };
        String sub = random.nextInt(3) == 0 ? ""
                : ": " + capitalize(pick(NOUNS)) + " and " + capitalize(pick(NOUNS)) + " in " + pick(PLACES) + ", "
                + range();
        w.title = main + sub;
        w.shortTitle = shortTitleFor(w, main, w.authors.isEmpty() ? "" : w.authors.get(0)[1]);
    }

    private String bookTitle() {
        return capitalize(pick(ADJECTIVES)) + " " + capitalize(pick(NOUNS)) + ": " + capitalize(pick(NOUNS))
                + " in " + pick(PLACES);
    }

    /** Chicago's short title: up to four key words of the main title, without a leading article; unique per author. */
    private String shortTitleFor(Work w, String main, String surname) {
        String[] words = main.split(" ");
        int from = words[0].equals("The") || words[0].equals("A") ? 1 : 0;
        String shortTitle = String.join(" ", java.util.Arrays.copyOfRange(words, from, Math.min(words.length, from + 4)));
        if (!shortKeys.add(surname + "|" + shortTitle)) {
            shortTitle = main; // taken by another work of the same author: keep the whole main title
            shortKeys.add(surname + "|" + shortTitle);
        }
        return shortTitle;
    }

    // ---- Names ----

    private List<String[]> authorList(int count) {
        List<String[]> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String[] a = author();
            if (out.stream().noneMatch(x -> x[1].equals(a[1]))) {
                out.add(a);
            }
        }
        return out;
    }

    private String[] author() {
        if (authorPool > 0) {
            while (authors.size() < authorPool) {
                authors.add(newAuthor());
            }
            return authors.get(random.nextInt(authorPool));
        }
        if (!authors.isEmpty() && random.nextInt(10) < 3) {
            return authors.get(random.nextInt(authors.size()));
        }
        String[] a = newAuthor();
        authors.add(a);
        return a;
    }

    private String[] newAuthor() {
        String family = random.nextInt(3) == 0 ? pick(SURNAMES)
                : pick(SYLLABLES_A) + pick(SYLLABLES_B);
        String given = pick(GIVEN);
        if (random.nextInt(6) == 0) {
            given = given + " " + (char) ('A' + random.nextInt(26)) + ".";
        }
        return new String[] {given, family};
    }

    private static String personName(String[] a) {
        return a[0] + " " + a[1];
    }

    private static String names(List<String[]> authors) {
        if (authors.size() == 1) {
            return personName(authors.get(0));
        }
        if (authors.size() == 2) {
            return personName(authors.get(0)) + " and " + personName(authors.get(1));
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < authors.size(); i++) {
            if (i > 0) {
                s.append(i == authors.size() - 1 ? ", and " : ", ");
            }
            s.append(personName(authors.get(i)));
        }
        return s.toString();
    }

    // ---- Small pieces ----

    private void count(String construct) {
        constructs.merge(construct, 1, Integer::sum);
    }

    private int year() {
        return 1850 + random.nextInt(174);
    }

    private String range() {
        int a = 1850 + random.nextInt(150);
        return a + "–" + (a + 1 + random.nextInt(30));
    }

    private String fullDate() {
        return pick(MONTHS) + " " + (1 + random.nextInt(28)) + ", " + year();
    }

    private String page() {
        return Integer.toString(1 + random.nextInt(600));
    }

    private static String ordinal(int n) {
        return n + (n == 2 ? "nd" : n == 3 ? "rd" : "th");
    }

    private String pick(String[] pool) {
        return pool[random.nextInt(pool.length)];
    }

    private static String capitalize(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean start = true;
        for (char c : s.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-';
        }
        return out.toString();
    }

    // ---- Word pools ----

    private static final String[] GIVEN = {"Zhihua", "Anastas", "Myron", "Mary", "John", "Karl", "Frederick",
        "Odd Arne", "Lorenz", "Sergey", "Chen", "Jian", "Yafeng", "Kathryn", "Vladislav", "Constantine", "Melvyn",
        "Natalia", "Ilya", "Alexander", "Elizabeth", "Hannah", "Robert", "David", "Sarah", "Laura", "Michael",
        "Thomas", "Margaret", "William", "Anne", "Peter", "Susan", "James", "Ruth", "Daniel", "Catherine", "Paul",
        "Helen", "Richard", "Jonathan", "Emily", "Francesca", "Hiroshi", "Yuki", "Min-jun", "Ji-woo", "Amit",
        "Priya", "Olga", "Dmitri", "Fatima", "Omar", "Lucia", "Mateo", "Ingrid", "Lars", "Aisha", "Kwame",
        "Nadia", "Pierre", "Marguerite", "Hans", "Greta", "Tomasz", "Agnieszka", "Wei", "Li", "Xiaoming",
        "Kenji", "Sofia", "Giulia", "Marco", "Andreas", "Eleni", "Nikos", "Ahmed", "Leila", "Samuel"};
    private static final String[] SURNAMES = {"Shen", "Mikoyan", "Rush", "Beard", "Westad", "Lüthi", "Radchenko",
        "Chen", "Xia", "Weathersby", "Zubok", "Pleshakov", "Leffler", "Egorova", "Gaddis", "Mastny", "Jersild",
        "Kramer", "Hershberg", "Friedman", "Goncharov", "Lewis", "Xue", "Smith", "Johnson", "Williams", "Brown",
        "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Martin", "Jackson",
        "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright",
        "Scott", "Green", "Baker", "Adams", "Nelson", "Hill", "Campbell", "Mitchell", "Roberts", "Carter",
        "Phillips", "Evans", "Turner", "Torres", "Parker", "Collins", "Edwards", "Stewart", "Morris", "Murphy",
        "Cook", "Rogers", "Morgan", "Peterson", "Cooper", "Reed", "Bailey", "Bell", "Gomez", "Kelly", "Howard",
        "Ward", "Cox", "Diaz", "Richardson", "Wood", "Watson", "Brooks", "Bennett", "Gray", "James", "Reyes",
        "Cruz", "Hughes", "Price", "Myers", "Long", "Foster", "Sanders", "Ross", "Morales", "Powell", "Sullivan",
        "Russell", "Ortiz", "Jenkins", "Gutierrez", "Perry", "Butler", "Barnes", "Fisher", "Henderson",
        "Coleman", "Simmons", "Patterson", "Jordan", "Reynolds", "Hamilton", "Graham", "Kim", "Park", "Tanaka",
        "Suzuki", "Yamamoto", "Wang", "Zhang", "Liu", "Huang", "Zhao", "Nguyen", "Müller", "Schmidt", "Schneider",
        "Fischer", "Weber", "Dubois", "Durand", "Lefèvre", "Rossi", "Russo", "Ferrari", "García", "Fernández",
        "Ivanov", "Petrov", "Sokolov", "Nowak", "Kowalski", "Novák", "Horváth", "Jensen", "Hansen", "Larsen"};
    private static final String[] SYLLABLES_A = {"Ash", "Bel", "Bran", "Cal", "Dor", "Ed", "Fair", "Gold",
        "Hal", "Hart", "Kings", "Lang", "Mar", "Mont", "Nor", "Ox", "Pem", "Rad", "Ros", "Stan", "Thorn", "Wal",
        "West", "Whit", "Wind", "Black", "Brook", "Cross", "Dun", "Elm", "Farn", "Glad", "Har", "Hol", "Lind",
        "Mer", "Ne", "Pen", "Ren", "Sel"};
    private static final String[] SYLLABLES_B = {"ford", "ton", "ley", "wood", "field", "by", "well", "worth",
        "more", "stone", "bury", "den", "ham", "hurst", "ridge", "combe", "dale", "croft", "wick", "mere",
        "brook", "land", "shaw", "thorpe", "win"};
    private static final String[] ADJECTIVES = {"sino-soviet", "cold", "revolutionary", "socialist", "imperial",
        "diplomatic", "economic", "secret", "great", "global", "communist", "colonial", "nuclear", "early",
        "late", "modern", "rural", "urban", "maritime", "forgotten", "unfinished", "divided", "fragile",
        "northern", "southern", "atlantic", "pacific", "hidden", "broken", "lasting", "uneasy", "short",
        "long", "new", "old", "final", "first", "second", "silent", "open"};
    private static final String[] NOUNS = {"split", "war", "alliance", "revolution", "empire", "party",
        "congress", "peace", "treaty", "crisis", "border", "frontier", "memory", "state", "nation", "republic",
        "ideology", "diplomacy", "economy", "famine", "reform", "movement", "leadership", "succession", "cult",
        "personality", "dictatorship", "proletariat", "history", "archive", "propaganda", "press", "trade",
        "industry", "army", "navy", "science", "culture", "faith", "labour", "land", "city", "village",
        "harbour", "railway", "exile", "friendship", "rivalry", "power", "order"};
    private static final String[] GERUNDS = {"Reviewing", "Reconsidering", "Rethinking", "Remembering",
        "Writing", "Making", "Building", "Ending", "Fighting", "Imagining", "Governing", "Translating"};
    private static final String[] PLACES = {"China", "the Soviet Union", "Europe", "Asia", "Beijing", "Moscow",
        "Berlin", "Vietnam", "Korea", "Eastern Europe", "the Third World", "Africa", "Latin America", "India",
        "Japan", "Poland", "Hungary", "Yugoslavia", "Albania", "Cuba", "Manchuria", "Xinjiang", "Mongolia"};
    private static final String[][] PUBLISHERS = {
        {"New York", "Columbia University Press"}, {"Cambridge, MA", "Harvard University Press"},
        {"Chicago", "University of Chicago Press"}, {"Oxford", "Oxford University Press"},
        {"Beijing", "Social Sciences Academic Press"}, {"Stanford, CA", "Stanford University Press"},
        {"London", "Verso"}, {"Princeton, NJ", "Princeton University Press"},
        {"Ithaca, NY", "Cornell University Press"}, {"Berkeley", "University of California Press"},
        {"New York", "W. W. Norton"}, {"Cambridge", "Cambridge University Press"},
        {"Chapel Hill", "University of North Carolina Press"}, {"Washington, DC", "Woodrow Wilson Center Press"},
        {"Chicago", "Sphinx Press"}, {"Beijing", "Central Document Press"}, {"New Haven, CT", "Yale University Press"},
        {"London", "Penguin Books"}, {"Paris", "Éditions Gallimard"}, {"Berlin", "Suhrkamp Verlag"}};
    private static final String[] JOURNALS = {"Journal of Cold War Studies", "Cold War History",
        "China Quarterly", "Diplomatic History", "American Historical Review", "Studies in Comparative Communism",
        "Journal of Modern History", "Europe-Asia Studies", "Slavic Review", "Past and Present",
        "International Security", "Modern Asian Studies", "Journal of Asian Studies", "Russian Review"};
    private static final String[] NEWSPAPERS = {"New York Times", "Washington Post", "Guardian", "Times",
        "Le Monde", "Wall Street Journal", "Los Angeles Times", "Chicago Tribune", "Financial Times"};
    private static final String[] CITY_PAPERS = {"People’s Press (Beijing)", "Pravda (Moscow)",
        "Neues Deutschland (Berlin)", "Nhân Dân (Hanoi)", "Rodong Sinmun (Pyongyang)"};
    private static final String[][] WEBSITES = {{"Foreign Affairs", "www.foreignaffairs.example"},
        {"BBC News", "www.bbc.example"}, {"History Today", "www.historytoday.example"},
        {"The Diplomat", "thediplomat.example"}, {"Smithsonian Magazine", "www.smithsonianmag.example"},
        {"Sources and Methods", "www.wilsoncenter.example/blog-post"}};
    private static final String[] UNIVERSITIES = {"Yale University", "University of Chicago", "Harvard University",
        "Stanford University", "University of California, Berkeley", "Columbia University", "Peking University",
        "London School of Economics", "Cornell University", "University of Toronto"};
    private static final String[] DOCUMENTS = {"Memorandum of Conversation between", "Letter from",
        "Telegram from", "Minutes of Conversation between", "Report by", "Cable from", "Diary of"};
    private static final String[] NAMED_PEOPLE = {"Mao Zedong", "N. S. Khrushchev", "Zhou Enlai", "Liu Shaoqi",
        "Deng Xiaoping", "A. I. Mikoyan", "Ambassador Yudin", "Peng Dehuai", "Kim Il Sung", "Ho Chi Minh"};
    private static final String[] ARCHIVES = {"Wilson Center Digital Archive", "Hoover Institution Archives",
        "National Archives and Records Administration", "Russian State Archive of Contemporary History",
        "Archive of the Ministry of Foreign Affairs", "Library of Congress Manuscript Division",
        "Harry S. Truman Library", "Foreign Ministry Archives", "Central Archives Collection"};
    private static final String[] SPEECH_TITLES = {"Address on", "Remarks on", "Report to the Congress on",
        "Lecture on", "Speech on"};
    private static final String[] VENUES = {"Twentieth Party Congress, Moscow", "Supreme State Conference, Beijing",
        "United Nations General Assembly, New York", "Columbia University, New York", "Chatham House, London",
        "Eighth Party Congress, Beijing"};
    private static final String[] OPENINGS = {"In the same years the", "By contrast the", "As a result the",
        "Nevertheless the", "At first the", "Later the", "For many observers the", "Within months the",
        "According to the record the", "Even so the"};
    private static final String[] VERBS = {"shaped", "undermined", "transformed", "reflected", "challenged",
        "deepened", "ended", "revealed", "complicated", "redefined"};
    private static final String[][] STUDIOS = {{"Burbank, CA", "Warner Home Video"},
        {"New York", "Criterion Collection"}, {"Culver City, CA", "Sony Pictures Home Entertainment"},
        {"London", "British Film Institute"}};
    private static final String[] FILM_MEDIA = {"DVD", "Blu-ray", "streaming video", "DVD"};
    private static final String[] NETWORKS = {"BBC Radio 4", "NPR", "Radiotopia", "Wondery"};
    private static final String[] SEASONS = {"Spring", "Summer", "Fall", "Winter"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
}
