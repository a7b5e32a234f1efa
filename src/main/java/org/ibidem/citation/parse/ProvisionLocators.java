package org.ibidem.citation.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ibidem.reference.Locator;

/**
 * The provisions of an Act or a statutory instrument, as OSCOLA abbreviates them after "ibid" or a short form:
 * "s 4", "ss 4–6", "s 3(1)(a)", "reg 5", "regs 2 and 3", "sch 1", "sch 2 para 3", "art 8", "arts 2–4",
 * "paras 12–14". OSCOLA writes the abbreviations without a full stop; one is allowed after the longer ones ("reg.
 * 5"), not after "s", which with a stop is a page in Scandinavian, Polish and Czech notes ("s. 45").
 *
 * <p>Labelled "section" (CSL has no term for a regulation, a schedule or an article of a statute), except
 * paragraphs, and kept as written, as the Act's own reader keeps the provision of a full citation ("Equality Act
 * 2010, s 2"), so that "ibid, s 4" after it names its provision as that citation did. Stateless and thread-safe.
 */
final class ProvisionLocators {

    // A provision's number, its subdivisions in parentheses: "4", "3(1)(a)", "27A".
    private static final String NUMBER = "\\d{1,4}[A-Z]?(?:\\(\\w{1,4}\\))*";
    private static final String NUMBERS = NUMBER + "(?:\\s*(?:[-\u2013,]|and)\\s*" + NUMBER + ")*";
    private static final Pattern PROVISION = Pattern.compile(
            "^(ss?(?=\\s)|(?:regs?|schs?|arts?|paras?)\\.?)\\s+" + NUMBERS + "(?:\\s+(?:paras?|pt)\\.?\\s+" + NUMBERS
                    + ")?$");

    private ProvisionLocators() {
    }

    /** The provision the whole text states, or null. */
    static Locator parse(String s) {
        char first = s.isEmpty() ? ' ' : s.charAt(0);
        if (first != 's' && first != 'r' && first != 'a' && first != 'p') {
            return null; // OSCOLA's abbreviations are in lower case
        }
        Matcher m = PROVISION.matcher(s);
        if (!m.matches()) {
            return null;
        }
        return new Locator(m.group(1).startsWith("para") ? "paragraph" : "section", s);
    }
}
