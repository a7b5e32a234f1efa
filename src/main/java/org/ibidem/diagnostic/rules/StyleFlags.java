package org.ibidem.diagnostic.rules;

import java.util.Set;
import org.ibidem.citation.Citation;
import org.ibidem.citation.FullCitation;
import org.ibidem.citation.ShortCitation;
import org.ibidem.citation.StyleFlag;

/** The style flags the parser recorded on a citation: full and short citations have them, other kinds none. */
final class StyleFlags {

    private StyleFlags() {
    }

    static Set<StyleFlag> of(Citation c) {
        return c instanceof FullCitation f ? f.flags() : c instanceof ShortCitation s ? s.flags() : Set.of();
    }
}
