package org.ibidem.citation.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ibidem.citation.FullCitation;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;

/**
 * The grammar the notes for unprinted works share: a date that may be cut in two by its comma ("March 3", "2021"),
 * a year that may be approximate ("ca. 1936"), a URL, and the citation made at the end with what no field took.
 *
 * <pre>{@code
 * PartialDate d = MediaFields.dateAt(fields, 2);   // "March 3" + "2021" → 2021-03-03
 * boolean url = MediaFields.readUrl("https://…", ref);
 * return MediaFields.finish(ref, segment, rest);   // rest becomes the suffix
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
final class MediaFields {
    private static final Pattern CIRCA_YEAR = Pattern.compile("(?i)(?:ca\\.|c\\.|circa)?\\s*(1[0-9]{3}|20[0-9]{2})"
            + "(?:\\s*[\u2013\u2014-]\\s*(?:1[0-9]{3}|20[0-9]{2}|[0-9]{2}))?");
    private static final Pattern URL = Pattern.compile("(?i)(?:https?://|www\\.)\\S+");

    private MediaFields() {
    }

    /** Whether the text is a year, a range of years, or either with "ca." ("ca. 1936", "1959–60"). */
    static boolean isCircaYear(String text) {
        return PatternChecks.matches(CIRCA_YEAR, text);
    }

    /** The (first) year of a text {@link #isCircaYear} accepts. */
    static PartialDate circaYear(String text) {
        Matcher y = CIRCA_YEAR.matcher(text);
        y.matches();
        return PartialDate.ofYear(Integer.parseInt(y.group(1)));
    }

    /** The date that starts at field {@code i}, or null. */
    static PartialDate dateAt(List<Field> fields, int i) {
        String t = fields.get(i).text();
        if (!fields.get(i).isPlain() || t.length() > 30) {
            return null;
        }
        if (Dates.isMonthDay(t) && i + 1 < fields.size() && Dates.isYear(fields.get(i + 1).text())) {
            return Dates.parse(t + ", " + fields.get(i + 1).text());
        }
        return Dates.isYear(t) ? null : Dates.parse(t);
    }

    /** Takes the text as the work's URL when it is one; whether it was. */
    static boolean readUrl(String text, Reference.Builder ref) {
        if (PatternChecks.matches(URL, text)) {
            ref.url(text);
            return true;
        }
        return false;
    }

    /** The citation, with what no field took (a URL aside) as its suffix: these works are cited without a page. */
    static FullCitation finish(Reference.Builder ref, Segment s, List<String> rest) {
        List<String> left = new ArrayList<>();
        for (String t : rest) {
            if (!readUrl(t, ref)) {
                left.add(t);
            }
        }
        String suffix = left.isEmpty() ? null : String.join(", ", left);
        return new FullCitation(ref.build(), null, s.raw(), s.span(), s.prefix(), suffix, s.flags());
    }
}
