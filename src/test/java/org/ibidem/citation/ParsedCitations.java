package org.ibidem.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.ibidem.document.TextSpan;
import org.ibidem.reference.Reference;

/** What the parser tests ask of a parsed note: its one citation, and a full citation's reference. */
final class ParsedCitations {

    private static final NoteParser PARSER = new NoteParser();

    private ParsedCitations() {
    }

    /** The note's only citation (the note must hold exactly one). */
    static Citation only(String note) {
        List<Citation> cs = PARSER.parse(note);
        assertThat(cs).as(note).hasSize(1);
        return cs.get(0);
    }

    /** The only citation of a note in which {@code *…*} marks italics, as an extractor reports them. */
    static Citation onlyWithItalics(String marked) {
        StringBuilder text = new StringBuilder();
        List<TextSpan> italics = new ArrayList<>();
        int open = -1;
        for (char c : marked.toCharArray()) {
            if (c != '*') {
                text.append(c);
            } else if (open < 0) {
                open = text.length();
            } else {
                italics.add(new TextSpan(open, text.length()));
                open = -1;
            }
        }
        List<Citation> cs = PARSER.parse(text.toString(), italics);
        assertThat(cs).as(marked).hasSize(1);
        return cs.get(0);
    }

    /** The reference of a citation that must be a full one. */
    static Reference ref(Citation c) {
        assertThat(c).isInstanceOf(FullCitation.class);
        return ((FullCitation) c).reference();
    }
}
