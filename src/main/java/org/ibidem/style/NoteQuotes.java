package org.ibidem.style;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Quotation marks in one rendered note cite, as citeproc-js sets them and citeproc-java 3.5 does not:
 * <ul>
 *   <li>Quotation marks nested inside a quotation alternate with it (CSL 1.0.2, Appendix VI, "Quotes"): a title
 *       with a quotation in it, rendered in a British style's single quotes, gets the inner quotation in double
 *       ones — ‘Secret Speech, “On the Cult…,” Delivered…’ — never ‘Secret Speech, ‘On the Cult…,’ Delivered…’,
 *       which no reader (and no parser) can close at the right place.</li>
 *   <li>Where the locale does not put punctuation inside quotation marks (British English: en-GB's
 *       {@code punctuation-in-quote="false"}), the comma or period citeproc-java moves inside the closing mark of
 *       the outermost quotation goes back outside: ‘A Paper’, <i>Journal</i>, as MHRA and OSCOLA print it.</li>
 * </ul>
 * A ’ counts as closing only when a ‘ is open and no letter or digit follows it ("Khrushchev’s" is an apostrophe).
 * When the marks do not pair up, the cite is returned as it is.
 *
 * <pre>{@code
 * NoteQuotes.repair("Lee, ‘Talk, ‘Why,’ Said,’ Review", false);   // "Lee, ‘Talk, “Why,” Said’, Review"
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
final class NoteQuotes {

    private NoteQuotes() {
    }

    /**
     * The cite with nested quotation marks alternating and, unless {@code punctuationInQuote}, the comma or period
     * before the outermost closing mark put after it.
     *
     * @param cite               one cite as rendered, plain text or HTML with the marks as characters
     * @param punctuationInQuote whether the style's locale puts punctuation inside quotation marks
     */
    static String repair(String cite, boolean punctuationInQuote) {
        if (cite.indexOf('‘') < 0 && cite.indexOf('“') < 0) {
            return cite;
        }
        int n = cite.length();
        int[] depth = new int[n];     // for each opening or closing mark, its depth (1 = outermost); 0 otherwise
        char[] outer = new char[n];   // the opening mark of the outermost quotation it belongs to
        Deque<Character> open = new ArrayDeque<>();
        char outermost = 0;
        for (int i = 0; i < n; i++) {
            char c = cite.charAt(i);
            if (c == '‘' || c == '“') {
                if (open.isEmpty()) {
                    outermost = c;
                }
                open.push(c);
                depth[i] = open.size();
                outer[i] = outermost;
            } else if ((c == '’' && !(i + 1 < n && Character.isLetterOrDigit(cite.charAt(i + 1)))) || c == '”') {
                if (open.isEmpty()) {
                    if (c == '’') {
                        continue; // "Jones’ book": an apostrophe after all
                    }
                    return cite;
                }
                char opening = open.peek();
                if ((c == '’') != (opening == '‘')) {
                    if (c == '’') {
                        continue; // "the Times’ view" inside a double-quoted title: an apostrophe
                    }
                    return cite;
                }
                depth[i] = open.size();
                outer[i] = outermost;
                open.pop();
            }
        }
        if (!open.isEmpty()) {
            return cite;
        }
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = cite.charAt(i);
            if (depth[i] == 0) {
                out.append(c);
                continue;
            }
            boolean opening = c == '‘' || c == '“';
            boolean single = (outer[i] == '‘') == (depth[i] % 2 == 1);
            char mark = opening ? (single ? '‘' : '“') : (single ? '’' : '”');
            int last = out.length() - 1;
            if (!opening && depth[i] == 1 && !punctuationInQuote && last > 0
                    && (out.charAt(last) == ',' || out.charAt(last) == '.')
                    && ".,!?".indexOf(out.charAt(last - 1)) < 0
                    && !(i + 1 < n && ".,;:".indexOf(cite.charAt(i + 1)) >= 0)) {
                char punctuation = out.charAt(last);
                out.setLength(last);
                out.append(mark).append(punctuation);
                continue;
            }
            out.append(mark);
        }
        return out.toString();
    }
}
