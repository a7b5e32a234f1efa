package org.ibidem.citation.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ibidem.reference.Locator;

/**
 * A multi-volume work's volume as a bare number before a labelled page: "(London: Harbour Press, 1977), 5, p. 286",
 * "Lee, Collected Papers, II, pp. 18–22". MHRA writes the volume so after the publication facts (the CSL MHRA
 * styles print it in Arabic figures, the manual in capitals), and a page labelled "p." or "pp." right after a bare
 * number leaves that number nothing to be but the volume.
 *
 * <pre>{@code
 * VolumeThenPage.of("5, p. 286");   // volume "5", page 286
 * VolumeThenPage.of("5, 286");      // null: two bare numbers say nothing about which is the volume
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
final class VolumeThenPage {

    private static final Pattern FORM =
            Pattern.compile("^(\\d{1,3}|[ivxlc]{1,7}|[IVXLC]{1,7}),\\s+(pp?\\.\\s*\\S.{0,60})$");

    /** The volume, and the page in it. */
    record Split(String volume, Locator page) {
    }

    private VolumeThenPage() {
    }

    /** The volume and page the text gives, or null when it is not a bare volume, a comma and a labelled page. */
    static Split of(String text) {
        String s = FieldTokenizer.stripTrailing(text.strip(), ".");
        if (s.length() < 6 || s.indexOf('p') < 0) {
            return null;
        }
        Matcher m = FORM.matcher(s);
        if (!m.matches()) {
            return null;
        }
        Locator page = Locators.parse(m.group(2));
        return page == null || !page.label().equals("page") || Locators.volumeOf(page) != null ? null
                : new Split(m.group(1), page);
    }
}
