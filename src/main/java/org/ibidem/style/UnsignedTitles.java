package org.ibidem.style;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The quotation marks of an unsigned article's title, which citeproc-java 3.5 drops. Chicago lists an unsigned
 * magazine or newspaper article under the periodical's name (CMOS 18 §14.87, §14.97; CMOS 17 §14.207) and quotes
 * the article's title because the item has a container title; but citeproc-java, once {@code cs:substitute} has
 * printed the container title in place of the author, treats that variable as missing in every later
 * {@code <if variable="container-title">}, and the title takes the book branch: "Phil. Mag. On a General Method…"
 * instead of citeproc-js's "Phil. Mag. “On a General Method….”" (see docs/upstream/substituted-variable-in-conditions.md).
 *
 * <p>The repair renders such an item a second time as if it were signed (a stand-in author, so nothing is
 * substituted), takes the quoted title from that rendering, and puts it in place of the unquoted one, so the
 * style's own quotation marks and punctuation are used. An entry whose title is already quoted is left as it is.
 *
 * <pre>{@code
 * UnsignedTitles.isCandidate(item, traits);           // true: container-title, no names
 * UnsignedTitles.requote("Phil. Mag. On a General Method. 1854.",
 *         "\uE300. “On a General Method.” Phil. Mag., 1854.", OutputFormat.TEXT);
 *                                                     // "Phil. Mag. “On a General Method.” 1854."
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
final class UnsignedTitles {

    /** The stand-in author of the second rendering; a private-use character no text contains. */
    static final String STAND_IN = "\uE300";

    private static final Pattern QUOTED_TEXT = Pattern.compile("“([^“”]+)”");
    private static final Pattern QUOTED_HTML = Pattern.compile("&ldquo;((?:(?!&ldquo;|&rdquo;).)+)&rdquo;");

    private UnsignedTitles() {
    }

    /** Whether the item has a title and a container title but none of the names the style's entries start with. */
    static boolean isCandidate(Map<String, Object> item, StyleTraits traits) {
        if (!(item.get("title") instanceof String t) || t.isBlank()
                || !(item.get("container-title") instanceof String c) || c.isBlank()) {
            return false;
        }
        for (String variable : traits.nameVariables()) {
            if (item.get(variable) instanceof List<?> names && !names.isEmpty()) {
                return false;
            }
        }
        return !(item.get("author") instanceof List<?> authors && !authors.isEmpty());
    }

    /** A copy of the item with a stand-in author, so that the style substitutes nothing. */
    static Map<String, Object> signed(Map<String, Object> item) {
        Map<String, Object> copy = new LinkedHashMap<>(item);
        copy.put("author", List.of(Map.of("literal", STAND_IN)));
        return copy;
    }

    /**
     * The entry with its unquoted title replaced by the quoted one of the signed rendering.
     *
     * @param entry  the item's entry as rendered
     * @param signed the same item's entry rendered with a stand-in author
     * @param format the markup of both
     * @return the repaired entry, or the entry as it was if the signed one quotes nothing it has unquoted
     */
    static String requote(String entry, String signed, OutputFormat format) {
        boolean html = format == OutputFormat.HTML;
        Matcher m = (html ? QUOTED_HTML : QUOTED_TEXT).matcher(signed);
        while (m.find()) {
            String inner = m.group(1);
            String core = inner.replaceAll("[.,;:]$", "");
            String punctuation = inner.substring(core.length());
            if (core.isBlank() || entry.contains(m.group())) {
                continue;
            }
            // In HTML the unquoted title may be set in italics, as a book's; the quoted one is roman.
            String italic = html ? "(?:<span style=\"font-style: ?italic\">|<i>)?" : "";
            String italicEnd = html ? "(?:</span>|</i>)?" : "";
            Pattern unquoted = Pattern.compile(italic + Pattern.quote(core) + italicEnd + Pattern.quote(punctuation));
            Matcher u = unquoted.matcher(entry);
            if (u.find()) {
                return entry.substring(0, u.start()) + m.group() + entry.substring(u.end());
            }
        }
        return entry;
    }
}
