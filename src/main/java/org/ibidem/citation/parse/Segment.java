package org.ibidem.citation.parse;

import java.util.List;
import java.util.Set;
import org.ibidem.citation.StyleFlag;
import org.ibidem.document.TextSpan;

/**
 * One stretch of a note that may cite one work, as the readers see it: what was written, where, the signal or
 * lead-in before it, the body to read, and (once the field readers are reached) its comma-separated fields.
 *
 * <p>The readers before the field readers (ibid, cross-references, legal sources, scripture) see {@code fields}
 * null; {@link #withFields} gives the field readers their segment. {@code flags} is one mutable set shared by the
 * field readers of a segment, as house-style flags are collected while a reader reads (a reader that then
 * declines leaves its flags for the next one, as the single method before this list did).
 *
 * @param raw      the segment's text as written in the note
 * @param span     where {@code raw} sits in the note
 * @param prefix   the signal or lead-in before the body ("See also"), or null
 * @param body     what is read: {@code raw} after the prefix, without its final period, comma, semicolon or colon
 * @param written  {@code raw} after the prefix, final period kept ("Ibid." keeps the period it was written with)
 * @param offset   where {@code body} starts in the note
 * @param italics  the spans of {@code body} set in italics, relative to {@code body}
 * @param flags    house-style flags of the citation being read; holds {@link StyleFlag#CUT_OFF} from the start
 * @param keywords which of the words "see", "cf.", "ibid", "supra", "above", "cit" the raw text holds
 *                 ({@link HeadReader#keywords})
 * @param fields   the body's fields for the field readers, or null before them
 * @param quoted   the index of the first quoted field, or -1 (-1 before the field readers)
 * @param italic   the index of the first italic field, or -1
 * @param facts    the index of the publication facts in parentheses, or -1
 */
record Segment(String raw, TextSpan span, String prefix, String body, String written, int offset,
               List<TextSpan> italics, Set<StyleFlag> flags, int keywords, List<Field> fields, int quoted,
               int italic, int facts) {

    /** Whether the note ends as if cut off (",", "(", "“", ":"). */
    boolean cutOff() {
        return flags.contains(StyleFlag.CUT_OFF);
    }

    /** Whether the raw text holds any of the {@link HeadReader} keyword bits given. */
    boolean has(int keywordBits) {
        return (keywords & keywordBits) != 0;
    }

    /** This segment with its fields, and where its first quoted title, italic title and publication facts are. */
    Segment withFields(List<Field> fields) {
        return new Segment(raw, span, prefix, body, written, offset, italics, flags, keywords, fields,
                FieldText.indexOf(fields, Field.Kind.QUOTED), FieldText.indexOf(fields, Field.Kind.ITALIC),
                FieldText.indexOfPublicationFacts(fields));
    }
}
