package org.ibidem.citation.parse;

import org.ibidem.citation.Citation;
import org.ibidem.citation.CrossReference;
import org.ibidem.citation.FullCitation;
import org.ibidem.citation.IbidCitation;
import org.ibidem.citation.ShortCitation;
import org.ibidem.citation.UnparsedCitation;

/**
 * Adds commentary and remarks to a citation's suffix.
 */
final class Suffixes {

    private Suffixes() {
    }

    /** The citation with a remark added to its suffix; kinds without a suffix keep the remark in their text. */
    static Citation withRemark(Citation c, String remark) {
        if (c instanceof FullCitation f) {
            return new FullCitation(f.reference(), f.locator(), f.text(), f.span(), f.prefix(),
                    f.suffix() == null ? remark : f.suffix() + ", " + remark, f.flags());
        }
        if (c instanceof ShortCitation sc) {
            return new ShortCitation(sc.form(), sc.authors(), sc.title(), sc.volume(), sc.locator(), sc.titleSpan(),
                    sc.text(), sc.span(), sc.prefix(), sc.suffix() == null ? remark : sc.suffix() + ", " + remark,
                    sc.flags());
        }
        if (c instanceof CrossReference x) {
            return x.withSuffix(x.suffix() == null ? remark : x.suffix() + ", " + remark);
        }
        return c;
    }

    static Citation withSuffix(Citation c, String more) {
        if (c instanceof FullCitation f) {
            return new FullCitation(f.reference(), f.locator(), f.text(), f.span(), f.prefix(),
                    join(f.suffix(), more), f.flags());
        }
        if (c instanceof ShortCitation s) {
            return new ShortCitation(s.form(), s.authors(), s.title(), s.volume(), s.locator(), s.titleSpan(),
                    s.text(), s.span(), s.prefix(), join(s.suffix(), more), s.flags());
        }
        if (c instanceof CrossReference x) {
            return x.withSuffix(join(x.suffix(), more));
        }
        if (c instanceof IbidCitation i) {
            return new IbidCitation(i.form(), i.formSpan(), i.locator(), i.text(), i.span(), i.prefix(),
                    join(i.suffix(), more));
        }
        if (c instanceof UnparsedCitation) {
            return c;
        }
        throw new AssertionError(c);
    }

    private static String join(String a, String b) {
        return a == null ? b : a + "; " + b;
    }
}
