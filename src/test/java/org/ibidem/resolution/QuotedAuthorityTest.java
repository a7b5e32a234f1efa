package org.ibidem.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ibidem.resolution.ResolverTable.assertResolvesAsWritten;

import java.util.List;
import org.ibidem.citation.Citation;
import org.ibidem.citation.NoteParser;
import org.ibidem.citation.StyleFlag;
import org.junit.jupiter.api.Test;

/**
 * "X, 471, quoting Y": the note cites X, which quotes Y. Y is a work of its own, but a later "Ibid." means X,
 * as it would after "(quoting Y)".
 */
class QuotedAuthorityTest {

    private static final NoteParser PARSER = new NoteParser();

    @Test
    void marksTheWorkAfterQuotingAsTheAuthorityOfTheOneBefore() {
        List<Citation> cs = PARSER.parse("Mary Vane, History of the Fens (London, 1802), 471, quoting A Survey of "
                + "the Level (1795).");

        assertThat(cs).hasSize(2);
        assertThat(cs.get(0).flags()).doesNotContain(StyleFlag.IN_PARENTHETICAL);
        assertThat(cs.get(1).flags()).contains(StyleFlag.IN_PARENTHETICAL);
    }

    @Test
    void leavesAWorkQuotedInAnotherAsTheSourceRead() {
        List<Citation> cs = PARSER.parse("Ann Hale, Letters (London, 1790), 12, quoted in Mary Vane, History of the "
                + "Fens (London, 1802), 88.");

        assertThat(cs).hasSize(2);
        assertThat(cs.get(1).flags()).doesNotContain(StyleFlag.IN_PARENTHETICAL);
    }

    @Test
    void resolvesIbidAfterQuotingToTheWorkThatQuotes() {
        assertResolvesAsWritten("""
                0@471 1 | Mary Vane, History of the Fens (London, 1802), 471, quoting A Survey of the Level (1795).
                0@472   | Ibid., 472.
                """);
    }
}
