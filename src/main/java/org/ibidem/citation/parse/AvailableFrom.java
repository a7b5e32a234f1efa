package org.ibidem.citation.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ibidem.citation.Citation;
import org.ibidem.citation.FullCitation;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;

/**
 * Harvard and Vancouver give a web source's address in a sentence of its own after the work: "Ida Fenn, “Wharf,
 * Thomas”, <i>Dictionary of Port Biography</i> (Oxford University Press, 2004). Available from:
 * http://www.example.org/wharf [Accessed 4 March 2013]." The sentence names no work: its address and date of
 * access belong to the work before it.
 */
final class AvailableFrom {

    private AvailableFrom() {
    }

    private static final Pattern AVAILABLE = Pattern.compile(
            "^(?:Available|Retrieved|Accessible)\\s+(?:from|at|online(?:\\s+at)?)\\s*:?\\s*[<\\[]?(?<url>\\S+?)[>\\]]?[.,]?"
                    + "(?:\\s*[\\[(]?\\s*(?:[Aa]ccessed|[Cc]ited|[Vv]iewed)\\s*:?\\s*(?<date>[^\\]\\[()]{4,30}?)\\s*[\\])]?)?\\.?$");

    /** Whether the segment says only where the work before it is available (a cheap test, then the pattern). */
    static boolean isAvailability(String raw) {
        char c = raw.isEmpty() ? ' ' : raw.charAt(0);
        return (c == 'A' || c == 'R') && AVAILABLE.matcher(raw.strip()).matches();
    }

    /**
     * The citation before with the address and date of access added, or that citation as it is when it is no full
     * citation or already has an address.
     */
    static Citation addedTo(Citation before, String raw) {
        Matcher m = AVAILABLE.matcher(raw.strip());
        if (!m.matches() || !(before instanceof FullCitation f) || f.reference().url() != null) {
            return before;
        }
        Reference.Builder r = f.reference().toBuilder().url(m.group("url"));
        PartialDate accessed = m.group("date") == null ? null : Dates.parse(m.group("date").strip());
        if (accessed != null) {
            r.accessed(accessed);
        }
        return new FullCitation(r.build(), f.locator(), f.text(), f.span(), f.prefix(), f.suffix(), f.flags());
    }
}
