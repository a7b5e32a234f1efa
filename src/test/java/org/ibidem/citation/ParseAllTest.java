package org.ibidem.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.ibidem.document.Document;
import org.ibidem.document.Documents;
import org.junit.jupiter.api.Test;

/** A long document, parsed on several threads, gives what parsing its notes one by one gives, in order. */
class ParseAllTest {

    @Test
    void aLongDocumentParsesAsItsNotesOneByOne() {
        String[] shapes = {
            "Eric Foner, The Fiery Trial (New York: Norton, 2010), %d.",
            "Ibid., %d.",
            "Foner, Fiery Trial, %d; see also Mary Beard, SPQR (New York: Liveright, 2015), 12.",
            "Jane Doe, \u201cA Title,\u201d Journal of Things 4, no. 2 (1999): %d.",
            "Brown v. Board of Education, 347 U.S. 483, %d (1954).",
            "On this point the evidence is thin.",
        };
        StringBuilder text = new StringBuilder("A long essay.[1]\n\nNotes\n\n");
        int count = NoteParser.PARALLEL_FROM + 500;
        for (int i = 1; i <= count; i++) {
            text.append(i).append(". ").append(String.format(shapes[i % shapes.length], i)).append('\n');
        }
        Document document = Documents.parse("long.txt", text.toString());
        NoteParser parser = new NoteParser();

        List<ParsedNote> all = parser.parseAll(document);

        assertThat(document.notes()).hasSize(count);
        List<ParsedNote> oneByOne = new ArrayList<>();
        document.notes().forEach(n -> oneByOne.add(parser.parse(n)));
        assertThat(all).isEqualTo(oneByOne);
    }
}
