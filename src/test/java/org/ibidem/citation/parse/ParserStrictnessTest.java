package org.ibidem.citation.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.ibidem.citation.Citation;
import org.ibidem.citation.UnparsedCitation;
import org.ibidem.document.TextSpan;
import org.junit.jupiter.api.Test;

/** A reader that throws is a bug: it fails a strict parser (the tests), and is kept visible otherwise. */
class ParserStrictnessTest {

    /** A reader with a bug: it reads every segment by throwing. */
    private static final CitationReader FAILING = new CitationReader() {
        @Override
        public boolean accepts(Segment s) {
            return true;
        }

        @Override
        public Citation read(Segment s) {
            throw new IndexOutOfBoundsException("field 3 of 2");
        }
    };

    @Test
    void runsStrictInTheTestSuite() {
        assertThat(Boolean.getBoolean(Parser.STRICT_PROPERTY)).as("surefire sets " + Parser.STRICT_PROPERTY).isTrue();
    }

    @Test
    void rethrowsWhatAReaderThrowsWhenStrict() {
        Parser parser = new Parser(List.of(FAILING), true);

        assertThatThrownBy(() -> parser.parse("Beard, SPQR, 12.", List.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Beard, SPQR, 12.")
                .hasCauseInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void keepsTheNoteAsAnInternalErrorWhenLenient() {
        Parser parser = new Parser(List.of(FAILING), false);

        List<Citation> cs = parser.parse("Beard, SPQR, 12.", List.of());

        assertThat(cs).singleElement().isInstanceOfSatisfying(UnparsedCitation.class, u -> {
            assertThat(u.isInternalError()).isTrue();
            assertThat(u.text()).isEqualTo("Beard, SPQR, 12.");
            assertThat(u.span()).isEqualTo(new TextSpan(0, 16));
            assertThat(u.reason()).contains("IndexOutOfBoundsException").contains("field 3 of 2");
        });
    }

    @Test
    void anUnreadableNoteIsNoInternalError() {
        assertThat(new UnparsedCitation("no author or title", "&", new TextSpan(0, 1)).isInternalError()).isFalse();
    }
}
