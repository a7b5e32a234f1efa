package org.ibidem.bibtex;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ibidem.reference.Name;
import org.ibidem.reference.Reference;

/**
 * Chooses one BibTeX citation key per reference: the reference's id when it has one, otherwise family name and
 * year ("shen2016"); always ASCII, and unique ignoring case.
 *
 * <p>Uniqueness ignoring case is not a nicety: JBibTeX's {@code BibTeXDatabase.addObject} silently drops an entry
 * whose key equals an earlier one ignoring case (BibTeX itself compares keys that way), so two keys such as
 * "Shen2016" and "shen2016" would lose a reference without a word. A repeated key keeps its first holder and
 * the later ones get a letter, "shen2016a", "shen2016b", skipping any key another reference asked for.
 *
 * <p>Stateless and thread-safe.
 */
final class CitationKeys {

    /** Letters that Unicode does not decompose into a base letter and a mark. */
    private static final Map<Integer, String> UNDECOMPOSABLE = Map.ofEntries(
            Map.entry((int) 'ß', "ss"), Map.entry((int) 'æ', "ae"), Map.entry((int) 'Æ', "AE"),
            Map.entry((int) 'œ', "oe"), Map.entry((int) 'Œ', "OE"), Map.entry((int) 'ø', "o"),
            Map.entry((int) 'Ø', "O"), Map.entry((int) 'ł', "l"), Map.entry((int) 'Ł', "L"),
            Map.entry((int) 'đ', "d"), Map.entry((int) 'Đ', "D"), Map.entry((int) 'ð', "d"),
            Map.entry((int) 'Ð', "D"), Map.entry((int) 'þ', "th"), Map.entry((int) 'Þ', "TH"),
            Map.entry((int) 'ı', "i"));

    private static final String FALLBACK_PREFIX = "ref";

    private CitationKeys() {
    }

    /** One key per reference, in the same order, pairwise different ignoring case. */
    static List<String> assign(List<Reference> references) {
        List<String> wanted = new ArrayList<>(references.size());
        Set<String> reserved = new HashSet<>();
        for (Reference reference : references) {
            String key = baseKey(reference);
            wanted.add(key);
            reserved.add(key.toLowerCase(Locale.ROOT));
        }
        Set<String> taken = new HashSet<>();
        List<String> keys = new ArrayList<>(wanted.size());
        for (String key : wanted) {
            String chosen = key;
            if (!taken.add(key.toLowerCase(Locale.ROOT))) {
                // A key some other reference asked for is reserved, so "shen2016a" from an id is never taken
                // away by the second of two generated "shen2016".
                for (int n = 0; ; n++) {
                    String candidate = key + suffix(n);
                    String lower = candidate.toLowerCase(Locale.ROOT);
                    if (!reserved.contains(lower) && taken.add(lower)) {
                        chosen = candidate;
                        break;
                    }
                }
            }
            keys.add(chosen);
        }
        return keys;
    }

    /** The key a reference asks for before duplicates are resolved. */
    static String baseKey(Reference reference) {
        if (reference.id() != null) {
            String id = strip(fold(reference.id()), "-_:");
            if (!id.isEmpty()) {
                return id;
            }
        }
        String year = reference.issued() == null ? "" : yearPart(reference.issued().year());
        return namePart(reference) + year;
    }

    /** "a" … "z", "aa", "ab" …: the n-th suffix, counting from 0. */
    static String suffix(int n) {
        StringBuilder out = new StringBuilder();
        for (int rest = n; rest >= 0; rest = rest / 26 - 1) {
            out.insert(0, (char) ('a' + rest % 26));
        }
        return out.toString();
    }

    /** The text with accents removed and letters outside ASCII spelled in ASCII where they can be: "Lüthi" → "Luthi". */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(cp -> {
            if (Character.getType(cp) != Character.NON_SPACING_MARK) {
                String replacement = UNDECOMPOSABLE.get(cp);
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.appendCodePoint(cp);
                }
            }
        });
        return out.toString();
    }

    private static String namePart(Reference reference) {
        List<Name> names = !reference.creators().isEmpty() ? reference.creators() : reference.translators();
        if (!names.isEmpty()) {
            Name first = names.get(0);
            // A corporate name is long; its first word is enough to find the entry again.
            String source = first.isLiteral() ? first.literal() : first.family();
            String part = firstWord(source);
            if (!part.isEmpty()) {
                return part;
            }
        }
        if (reference.title() != null) {
            String part = firstWord(reference.title());
            if (!part.isEmpty()) {
                return part;
            }
        }
        return FALLBACK_PREFIX;
    }

    /** The first word that still has ASCII letters or digits after folding, in lower case. */
    private static String firstWord(String text) {
        for (String word : text.split("\\s+")) {
            String folded = strip(fold(word), "").toLowerCase(Locale.ROOT);
            if (!folded.isEmpty()) {
                return folded;
            }
        }
        return "";
    }

    private static String yearPart(int year) {
        // BibTeX keys have no minus sign worth relying on; "44bce" reads as what it is.
        return year < 0 ? -year + "bce" : String.valueOf(year);
    }

    /** Keeps ASCII letters, digits and the given punctuation, and drops punctuation a key must not start with. */
    private static String strip(String text, String punctuation) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean alphanumeric = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (alphanumeric || (out.length() > 0 && punctuation.indexOf(c) >= 0)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
