package org.ibidem.citation.parse;

import java.util.List;
import java.util.regex.Pattern;
import org.ibidem.reference.Locator;

/**
 * The place cited written between the title and the publication facts, as older (chiefly American) notes put it:
 * "*The Drained Land*, Vol. II, p. 41 (London, 1888)", "*Papers of Thomas Hale*, Smith ed., IV, 210, 212 (Boston,
 * 1911)". The pinpoint is the citation's locator, never more title. Only two shapes are taken, because a bare
 * number after a title may belong to it ("Report of the Commission, 12"): a page with its label ("p. 41", "pp.
 * 3–5", "§ 8"), and a roman volume followed by arabic pages ("IV, 210, 212").
 *
 * <pre>{@code
 * PinpointBeforeFacts.start(head, 1);  // head = [*Papers*, "Smith ed.", "IV", "210", "212"]: 2
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
final class PinpointBeforeFacts {

    private static final Pattern LABELLED = Pattern.compile("(?i)(?:pp?\\.|§{1,2})\\s*\\d.*");
    private static final Pattern ROMAN = Pattern.compile("[IVXLC]{1,7}|[ivxlc]{1,7}");
    private static final Pattern PAGES = Pattern.compile("\\d{1,4}(?:\\s*[–-]\\s*\\d{1,4})?");

    private PinpointBeforeFacts() {
    }

    /**
     * Where the pinpoint at the end of the fields before the facts starts, or -1 when they end in none.
     *
     * @param head the fields before the publication facts
     * @param from the first field that may be pinpoint (the one after the title)
     */
    static int start(List<Field> head, int from) {
        int last = head.size() - 1;
        // Cheap test first: the pinpoint ends in a digit.
        if (last < from || !head.get(last).isPlain() || !FieldText.endsWithDigit(head.get(last).text())) {
            return -1;
        }
        int k = last;
        while (k > from && head.get(k - 1).isPlain() && isPages(head.get(k - 1).text())) {
            k--;
        }
        String first = head.get(k).text();
        if (isLabelled(first)) {
            return k; // "p. 41", "pp. 41, 43"
        }
        boolean pages = isPages(first) && !Dates.isYear(first);
        if (pages && k - 1 >= from && head.get(k - 1).isPlain() && isRoman(head.get(k - 1).text())) {
            return k - 1; // "IV, 210, 212": a roman volume, then its pages
        }
        return -1;
    }

    // Each pattern is tried only on a text that opens as its matches open: a digit; a roman numeral's letter.

    static boolean isLabelled(String text) {
        return !text.isEmpty() && "pP§".indexOf(text.charAt(0)) >= 0 && PatternChecks.matches(LABELLED, text);
    }

    static boolean isPages(String text) {
        return FieldText.startsWithDigit(text) && PatternChecks.matches(PAGES, text);
    }

    static boolean isRoman(String text) {
        return !text.isEmpty() && text.length() <= 7 && "IVXLCivxlc".indexOf(text.charAt(0)) >= 0
                && PatternChecks.matches(ROMAN, text);
    }

    /** The locator the fields from {@code start} state, or null. */
    static Locator locator(List<Field> head, int start) {
        return Locators.parse(FieldText.joinText(head.subList(start, head.size())));
    }
}
