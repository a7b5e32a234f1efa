package org.ibidem.style;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moves a name's suffix after the given names where a name is printed inverted. CSL 1.0.2 ("Name-part Order")
 * inverts a name as family, given, suffix: "King, Martin, Jr.", "Noe, J., Jr"; citeproc-java 3.5 prints "King Jr.,
 * Martin", "Noe Jr, J.", where citeproc-js prints the suffix after the given names.
 * Only an inverted name is touched: one that opens the entry or follows ", ", "&amp; " or "and " directly, as a
 * name printed given names first ("John Noe Jr") never does.
 *
 * <pre>{@code
 * NameSuffixes.repair("King Jr., M. (1960). A Book. Acme.", item);   // "King, M., Jr. (1960). A Book. Acme."
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
final class NameSuffixes {

    private static final List<String> NAME_VARIABLES = List.of("author", "editor", "translator", "container-author",
            "collection-editor", "composer", "director", "illustrator", "interviewer", "recipient", "reviewed-author");

    /** A word of the given names as printed: an initial ("J.", "J.-P.") or a name ("Martin", "O’Neil"). */
    private static final String GIVEN_WORD = "(?:\\p{Lu}\\.(?:-\\p{Lu}\\.)?|[\\p{L}’'\\-]+)";

    /** The given names: words separated by single spaces, so that "Martin. A Book" stops at "Martin". */
    private static final String GIVEN = "(" + GIVEN_WORD + "(?: " + GIVEN_WORD + ")*)";

    private NameSuffixes() {
    }

    /**
     * The entry with each inverted name of the item that has a suffix printed family, given, suffix.
     *
     * @param entry one rendered entry
     * @param item  the CSL-JSON item it was rendered from
     */
    static String repair(String entry, Map<String, Object> item) {
        String out = entry;
        for (String variable : NAME_VARIABLES) {
            if (!(item.get(variable) instanceof List<?> names)) {
                continue;
            }
            for (Object o : names) {
                if (o instanceof Map<?, ?> name && name.get("suffix") instanceof String suffix && !suffix.isBlank()
                        && name.get("family") instanceof String family) {
                    out = invert(out, family, suffix.strip());
                }
            }
        }
        return out;
    }

    private static String invert(String entry, String family, String suffix) {
        Pattern p = Pattern.compile("(?:^|(?<=, )|(?<=& )|(?<=and ))" + Pattern.quote(family + " " + suffix) + ", "
                + "(?!and |et al)" + GIVEN + "(?=[,.;:]|\\s|$)");
        Matcher m = p.matcher(entry);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            String given = m.group(1);
            out.append(entry, last, m.start()).append(family).append(", ").append(given).append(", ").append(suffix);
            last = m.end();
            boolean nextIsStop = last < entry.length() && entry.charAt(last) == '.';
            if (suffix.endsWith(".") && nextIsStop) {
                last++; // "King, Martin, Jr." already ends the sentence the full stop ended
            } else if (!suffix.endsWith(".") && given.endsWith(".") && last < entry.length()
                    && Character.isWhitespace(entry.charAt(last))) {
                out.append('.'); // the initial's full stop also ended the names: it now goes after the suffix
            }
        }
        return out.append(entry, last, entry.length()).toString();
    }
}
