package org.ibidem.citation.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ibidem.reference.Locator;

/**
 * Shared grammar: an article's or chapter's extent — the pages it runs over in its container — told apart from
 * the page cited.
 *
 * <p>Chicago puts only the page cited in a note (CMOS 14.171), but many writers copy the bibliography's range
 * into the first, full citation, and say which page they mean after it in one of a few ways:
 * <ul>
 *   <li>in parentheses, as MHRA prescribes and many British writers do: "8–33 (8)", "ix–xxix (p. xvi)";</li>
 *   <li>in words: "pp. 538–56, citation on p. 540", "…, quoted at p. 540", "201–34, at 205", "1–20, esp. 7";</li>
 *   <li>after a comma ("189–225, 201", read by {@link TrailingLocator#locatorAndPage}).</li>
 * </ul>
 * A range given alone in the full citation of an article or chapter is its extent when it runs over three pages
 * or more: a pinpoint is a page or two, and an article or chapter is rarely as short as two pages (so "(2006):
 * 325–26" stays the place cited, while "(1977): 452–73" is the article's pages).
 *
 * <p>Stateless and thread-safe.
 */
final class Extents {

    private Extents() {
    }

    // "citation on p. 540", "cited at 540", "quoted on pp. 12-13", "quotation from p. 7"; and a word alone before
    // the page: "at 205", "at p. 205" (British and legal writers), "esp. 205", "especially 205–6", "here 7"
    // (translating the German "hier").
    private static final Pattern PINPOINT_IN_WORDS = Pattern.compile(
            "^(?:(?:the\\s+)?(?:citation|cited|quoted|quotation|quote|here)(?:\\s+is)?\\s+(?:on|at|from)"
            + "|at|esp\\.|especially|here)\\s+(\\S.{0,40})$",
            Pattern.CASE_INSENSITIVE);
    // A page an extent alone spans at least: a pinpoint rarely runs over more, an article or chapter rarely fewer.
    private static final int SHORTEST_EXTENT = 3;

    /**
     * An extent followed by the page cited, in parentheses ("8–33 (8)", "ix–xxix (p. xvi)") or in words ("538–56,
     * citation on p. 540"); null when the two fields are not so written.
     */
    static LocatorAndPage extentThenPinpoint(List<Field> tail) {
        if (tail.size() != 2 || !tail.get(0).isPlain()) {
            return null;
        }
        Locator extent = Locators.parse(tail.get(0).text());
        if (extent == null || !extent.label().equals("page") || !isRange(extent.value())) {
            return null;
        }
        Field second = tail.get(1);
        String pinText;
        if (second.kind() == Field.Kind.PAREN) {
            pinText = second.text();
        } else if (second.isPlain() && !second.text().isEmpty()
                && "cCqQtThHaAeE".indexOf(second.text().charAt(0)) >= 0) {
            Matcher m = PINPOINT_IN_WORDS.matcher(second.text());
            pinText = m.matches() ? m.group(1) : null;
        } else {
            pinText = null;
        }
        Locator pin = pinText == null ? null : Locators.parse(pinText);
        if (pin == null || !pin.label().equals("page") || !inside(pin.value(), extent.value())) {
            return null;
        }
        return new LocatorAndPage(pin, extent.value());
    }

    /** Whether a page range given alone spans enough pages to be a work's extent rather than the place cited. */
    static boolean isExtent(Locator locator) {
        if (locator == null || !locator.label().equals("page") || locator.isList()) {
            return false;
        }
        int[] r = PageRanges.range(locator.value());
        return r != null && r[1] - r[0] + 1 >= SHORTEST_EXTENT;
    }

    private static boolean isRange(String value) {
        int dash = -1;
        for (int i = 1; i < value.length() - 1 && dash < 0; i++) {
            char c = value.charAt(i);
            dash = c == '-' || c == '–' || c == '—' ? i : -1;
        }
        return dash > 0 && value.indexOf(',') < 0;
    }

    /** Whether the pinpoint lies inside the extent; roman page numbers, which the test cannot order, pass. */
    private static boolean inside(String pin, String extent) {
        int[] p = PageRanges.range(pin);
        int[] e = PageRanges.range(extent);
        if (p == null || e == null) {
            return p == null && e == null; // both roman ("ix–xxix (p. xvi)")
        }
        return e[1] > e[0] && p[0] >= e[0] && p[1] <= e[1];
    }
}
