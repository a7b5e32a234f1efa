package org.ibidem.citation.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The source run on after a quotation without a stop, as older notes give a Latin quotation and then, in the same
 * sentence, its author and book and chapter: "… nec sine numine divum Servius Honoratus, ii. 14." The quotation
 * ends in a word in lower case; its source is a name of one to three capitalised words, a comma, a Roman numeral
 * (the book) and a number (the chapter), and nothing after. Finds where the source starts; the parser reads it.
 *
 * <p>Stateless and thread-safe.
 */
final class QuotationSource {

    private QuotationSource() {
    }

    private static final Pattern SOURCE = Pattern.compile(
            "(?<=\\p{Ll}\\s)(\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+){0,2},\\s[ivxlc]{1,7}\\.\\s?\\d{1,4}"
                    + "(?:,\\s?\\d{1,4})*)\\.?\\s*$");

    /** Where the source after a quotation starts in the segment, or 0 when it does not end in one. */
    static int start(String raw) {
        if (raw.length() > 2000 || raw.indexOf(',') < 0) {
            return 0;
        }
        // Only the end is of interest: a bounded tail, so a long segment is not matched from every position.
        int from = Math.max(0, raw.length() - 120);
        Matcher m = SOURCE.matcher(raw).region(from, raw.length()).useTransparentBounds(true);
        return m.find() ? m.start(1) : 0;
    }
}
