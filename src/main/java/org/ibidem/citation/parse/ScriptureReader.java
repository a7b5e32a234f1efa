package org.ibidem.citation.parse;

import java.util.EnumSet;
import java.util.Set;
import org.ibidem.citation.Citation;
import org.ibidem.citation.FullCitation;
import org.ibidem.citation.StyleFlag;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Locator;
import org.ibidem.reference.Reference;

/**
 * Reads a reference to the Bible by book, chapter and verse: "John 3:16", "1 Cor. 13:4–7 (NRSV)". The patterns
 * are in {@link Scripture}. (Classical works, "Aristotle, Politics 1.2.1253a", are shaped as short forms and
 * recognised by {@link ShortFormReader}.)
 */
final class ScriptureReader implements CitationReader {

    @Override
    public boolean readsFields() {
        return false;
    }

    /** {@link Scripture#read} makes its own cheap tests first. */
    @Override
    public boolean accepts(Segment s) {
        return true;
    }

    @Override
    public Citation read(Segment s) {
        Scripture.Read verse = Scripture.read(s.body());
        if (verse == null) {
            return null;
        }
        // The work is the Bible, in the version named (the version tells two works apart); the book, chapter
        // and verse are the place cited in it.
        Reference bible = Reference.builder(ItemType.BOOK)
                .title(verse.version() == null ? "The Bible" : "The Bible, " + verse.version())
                .build();
        Set<StyleFlag> canonical = EnumSet.of(StyleFlag.CANONICAL_REFERENCE);
        if (s.cutOff()) {
            canonical.add(StyleFlag.CUT_OFF);
        }
        return new FullCitation(bible, new Locator("verse", verse.locator()), s.raw(), s.span(), s.prefix(), null,
                canonical);
    }
}
