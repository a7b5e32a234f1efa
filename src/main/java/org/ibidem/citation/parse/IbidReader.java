package org.ibidem.citation.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ibidem.citation.Citation;
import org.ibidem.citation.IbidCitation;
import org.ibidem.document.TextSpan;
import org.ibidem.reference.Locator;

/**
 * Reads "Ibid.", "Ibid, 45", "ibidem", "Id. at 495", and an "ibid." inside a sentence ("As shown above (ibid.,
 * 45–47), …").
 */
final class IbidReader implements CitationReader {

    IbidReader() {
    }

    static final Pattern IBID = Pattern.compile("^(ibidem|ibid|id)(\\.)?(?=$|[\\s,.;:])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_CLOSERS = Pattern.compile("^[\\s.,;:)\\]]+");
    // "ibid." inside a sentence: "As shown above (ibid., 45–47), …".
    static final Pattern EMBEDDED_IBID = Pattern.compile("(?<![\\p{L}])(ibidem|ibid)(\\.)?(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);

    // ---- Ibid and op. cit. ----

    static Citation ibid(String raw, TextSpan span, String prefix, String body, int bodyOffset,
                                 Matcher m) {
        String form = body.substring(0, m.end());
        TextSpan formSpan = new TextSpan(bodyOffset, bodyOffset + form.length());
        String rest = FieldText.LEADING_PUNCTUATION.matcher(FieldTokenizer.stripTrailing(body, m.end(), body.length(), ".,;:"))
                .replaceFirst("");
        if (rest.startsWith("*")) {
            rest = rest.substring(1).strip(); // "*Id. *at 8": the emphasis mark a converter left after "Id."
        }
        if (rest.startsWith("at ")) {
            rest = rest.substring(3).strip(); // "Id. at 495": the legal "ibid." names its page after "at"
        }
        Locator locator = null;
        String suffix = null;
        if (!rest.isEmpty()) {
            locator = Locators.parse(rest);
            if (locator == null && (Dates.isDayOfWriting(rest) || Dates.isDayInBothStyles(rest, false))) {
                // "Id., February 4, 1684-5": the same diary or correspondence, at another day's entry.
                locator = new Locator("date", rest);
            }
            if (locator == null) {
                // "Ibid., 45. A comment.", "(ibid., 45–47), the argument…": the locator is the longest opening
                // stretch, ending at a boundary, that reads as one.
                int stop = locatorPrefix(rest);
                locator = stop > 0 ? Locators.parse(rest.substring(0, stop)) : null;
                suffix = locator == null ? rest
                        : FieldText.emptyToNull(LEADING_CLOSERS.matcher(rest.substring(stop)).replaceFirst(""));
            }
        }
        return new IbidCitation(form, formSpan, locator, raw, span, prefix, suffix);
    }

    /** The end of the longest opening stretch of {@code s} (at most 80 characters) that is a locator, or 0. */
    private static int locatorPrefix(String s) {
        int limit = Math.min(s.length(), 80);
        for (int end = limit; end > 0; end--) {
            boolean boundary = end == s.length() || ").;:]".indexOf(s.charAt(end)) >= 0
                    || (Character.isWhitespace(s.charAt(end)) && end + 1 < s.length() && s.charAt(end + 1) == '(')
                    || (s.charAt(end) == ',' && end + 2 < s.length() && Character.isLetter(s.charAt(end + 2)))
                    || (Character.isWhitespace(s.charAt(end)) && end > 0 && s.charAt(end - 1) == '.');
            if (boundary && Locators.isLocator(s.substring(0, end))) {
                return end;
            }
        }
        return 0;
    }

    @Override
    public boolean readsFields() {
        return false;
    }

    /**
     * Whether the text opens as {@link #IBID} needs: "ibid", "ibidem" and "id" open with "ib" or "id" in either case,
     * so "Industry and …" is refused at its second letter.
     */
    static boolean mayOpenWithIbid(String written) {
        if (written.length() < 2 || written.charAt(0) != 'i' && written.charAt(0) != 'I') {
            return false;
        }
        char second = (char) (written.charAt(1) | 0x20);
        return second == 'b' || second == 'd';
    }

    /** "Ibid." opens the body, or "ibid" stands somewhere in it. */
    @Override
    public boolean accepts(Segment s) {
        String written = s.written();
        char opening = written.charAt(0) == '*' && written.length() > 1 ? written.charAt(1) : written.charAt(0);
        return opening == 'i' || opening == 'I' || s.has(HeadReader.HAS_IBID);
    }

    @Override
    public Citation read(Segment s) {
        // Match on the text before its final period was stripped, so "Ibid." keeps the period it was written with.
        // "*Id. *at 8": an italic "Id." whose emphasis marks a converter left as text.
        int skip = s.written().length() > 1 && s.written().charAt(0) == '*' ? 1 : 0;
        String written = s.written().substring(skip);
        Matcher ibid = mayOpenWithIbid(written) ? IBID.matcher(written) : null;
        if (ibid != null && ibid.lookingAt() && (ibid.group(2) != null || !ibid.group(1).equalsIgnoreCase("id"))) {
            return ibid(s.raw(), s.span(), s.prefix(), written, s.offset() + skip, ibid);
        }
        String body = s.body();
        Matcher inner = s.has(HeadReader.HAS_IBID) ? EMBEDDED_IBID.matcher(body) : null;
        if (inner != null && inner.find() && inner.start() > 0
                && Prose.isProse(body.substring(0, inner.start()))) {
            String before = FieldTokenizer.stripTrailing(body, 0, inner.start(), "([").strip();
            String innerPrefix = s.prefix() == null ? before : s.prefix() + " " + before;
            String from = body.substring(inner.start());
            Matcher again = IBID.matcher(from);
            if (again.lookingAt()) {
                return ibid(s.raw(), s.span(), innerPrefix, from, s.offset() + inner.start(), again);
            }
        }
        return null;
    }
}
