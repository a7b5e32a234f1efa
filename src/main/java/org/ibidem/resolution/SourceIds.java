package org.ibidem.resolution;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Name;
import org.ibidem.reference.Reference;

/** The ids of a document's sources, like "shen2016": made once the pass has found every work. Stateless. */
final class SourceIds {

    // The parties a case's short form is not named after (see caseShortName).
    private static final Set<String> GOVERNMENT_PARTIES = Set.of("United States", "U.S.", "State", "People",
            "Commonwealth", "Regina", "Rex", "R", "The King", "The Queen", "Crown");
    private static final Pattern NOT_ID_CHAR = Pattern.compile("[^A-Za-z0-9]");

    private SourceIds() {
    }

    /**
     * Gives each work its id (works that would share one get "a", "b", … in order of first citation) and returns
     * their references, carrying the ids, in the order of the works.
     */
    static List<Reference> assign(List<Work> works) {
        Map<String, List<Work>> byBase = new LinkedHashMap<>();
        for (Work w : works) {
            // A work named by citation key keeps the key as its id, as the bibliography file it comes from does.
            String base = w.citationKey != null ? w.citationKey : baseId(w.reference);
            byBase.computeIfAbsent(base, k -> new ArrayList<>()).add(w);
        }
        for (Map.Entry<String, List<Work>> e : byBase.entrySet()) {
            List<Work> group = e.getValue();
            for (int i = 0; i < group.size(); i++) {
                group.get(i).id = group.size() == 1 ? e.getKey() : e.getKey() + suffix(i);
            }
        }
        List<Reference> sources = new ArrayList<>(works.size());
        for (Work w : works) {
            w.reference = w.reference.withId(w.id);
            sources.add(w.reference);
        }
        return sources;
    }

    /** The letters that tell apart ids of one stem: "a" … "z", "aa" …, for 0, 1, …. */
    static String suffix(int i) {
        StringBuilder s = new StringBuilder();
        int n = i;
        do {
            s.insert(0, (char) ('a' + n % 26));
            n = n / 26 - 1;
        } while (n >= 0);
        return s.toString();
    }

    /**
     * The id stem: first author's family name (or the title's first word) folded to ASCII, then the year (once: an
     * Act's title that ends with its year is not given it again).
     */
    static String baseId(Reference r) {
        String stem;
        List<Name> names = r.creators();
        if (!names.isEmpty()) {
            Name a = names.get(0);
            stem = a.isLiteral() ? firstWords(a.literal(), 3) : a.surname();
        } else if (r.type() == ItemType.LEGISLATION && r.title() != null) {
            stem = firstWords(r.title(), 3); // "42 U.S.C. § 1983" → 42usc2018, "U.S. Const." → usconstnd
        } else if (r.type() == ItemType.LEGAL_CASE && r.title() != null) {
            stem = firstWords(caseShortName(r.title()), 1); // "United States v. Dennis" → dennis1950
        } else if (r.title() == null && r.archiveLocation() != null) {
            stem = firstWords(r.archiveLocation(), 3); // "Add. MS 12345" → addms12345
        } else {
            String title = r.title() == null ? "anon" : r.title();
            String word = Work.firstTitleWord(title);
            stem = word == null ? "anon" : word;
        }
        String ascii = idLetters(stem);
        if (ascii.isEmpty()) {
            ascii = "ref";
        }
        if (ascii.length() > 24) {
            ascii = ascii.substring(0, 24);
        }
        if (r.year() == 0) {
            return ascii + "nd";
        }
        String year = Integer.toString(r.year());
        // An Act's short title ends with its year ("Equality Act 2010"): equalityact2010, not equalityact20102010.
        return r.type() == ItemType.LEGISLATION && ascii.endsWith(year) ? ascii : ascii + year;
    }

    /** The ASCII letters and digits of a name, accents taken off, in lower case. */
    private static String idLetters(String stem) {
        StringBuilder b = new StringBuilder(stem.length());
        for (int i = 0; i < stem.length(); i++) {
            char c = stem.charAt(i);
            if (c >= 0x80) {
                // Only a name with a letter outside ASCII has anything to decompose; most have none, and the
                // normalizer and the pattern cost more than the rest of the id.
                return NOT_ID_CHAR.matcher(Normalizer.normalize(stem, Normalizer.Form.NFD)).replaceAll("")
                        .toLowerCase(Locale.ROOT);
            }
            if (c >= 'A' && c <= 'Z') {
                b.append((char) (c + ('a' - 'A')));
            } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * The party a case's short form is named after (the Bluebook's rule, which Chicago follows): the first, unless
     * it is a government, which is a party to so many cases that the other one names it ("United States v. Dennis"
     * is "Dennis"); "In re Gault" is "Gault".
     */
    static String caseShortName(String caseName) {
        String name = caseName.strip();
        for (String opening : new String[] {"In re ", "Ex parte "}) {
            if (name.startsWith(opening)) {
                return name.substring(opening.length()).strip();
            }
        }
        int v = name.indexOf(" v. ");
        int gap = 4;
        if (v < 0) {
            v = name.indexOf(" v ");
            gap = 3;
        }
        if (v <= 0) {
            return name;
        }
        String first = name.substring(0, v).strip();
        String second = name.substring(v + gap).strip();
        return GOVERNMENT_PARTIES.contains(first) && !second.isEmpty() ? second : first;
    }

    private static String firstWords(String s, int n) {
        String[] words = s.split("\\s+");
        return String.join("", Arrays.copyOfRange(words, 0, Math.min(n, words.length)));
    }
}
