package org.ibidem.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import org.ibidem.Analysis;
import org.ibidem.Ibidem;
import org.ibidem.IbidemOptions;
import org.junit.jupiter.api.Test;

/** {@code book-missing-publication}: a fact missing is reported, a fact the writer says is missing is not. */
class CompletenessTest {

    private static Analysis check(String text) {
        return Ibidem.analyze("doc.txt", text, IbidemOptions.defaults());
    }

    @Test
    void acceptsABookWhoseNoteSaysItHasNoPlacePublisherOrDate() {
        Analysis a = check("""
                [1] John Doe, Untitled Memoir (n.p., n.d.), 12.

                [2] Jane Roe, Village Sermons (London: n.p., 1820), 4.

                [3] Ann Poe, Sermons at Sea (n.p., 1821), 5.
                """);

        assertThat(a.diagnostics()).extracting(Diagnostic::code).doesNotContain("book-missing-publication");
        assertThat(a.sources().get(0).publisherPlace()).as("\"n.p.\" is not a place").isNull();
        assertThat(a.sources().get(0).issued()).isNull();
        assertThat(a.sources().get(1).publisherPlace()).isEqualTo("London");
        assertThat(a.sources().get(1).publisher()).isNull();
    }

    @Test
    void stillReportsWhatTheNoteLeavesOutWithoutSaying() {
        Analysis a = check("""
                [1] John Doe, Untitled Memoir (London: Hale), 12.

                [2] Jane Roe, Village Sermons (London, 1820), 4.
                """);

        assertThat(a.diagnostics()).filteredOn(d -> d.code().equals("book-missing-publication"))
                .extracting(Diagnostic::message)
                .containsExactly("note 1 cites the book \"Untitled Memoir\" without its year",
                        "note 2 cites the book \"Village Sermons\" without its publisher");
    }
}
