package org.ibidem.style;

import static org.assertj.core.api.Assertions.assertThat;

import org.ibidem.style.ResolvedStyle.Origin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntryCleanerTest {

    private static final ResolvedStyle CHICAGO =
            new ResolvedStyle("chicago", "chicago-notes-bibliography", Origin.BUNDLED, null, null);
    private static final ResolvedStyle APA = new ResolvedStyle("apa", "apa", Origin.BUNDLED, null, null);

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        // the empty slot of a names element whose first variable is missing
        "Au, Al. Translated Book. In Container, , translated by Tom Tr. 1960.   | Au, Al. Translated Book. In Container, translated by Tom Tr. 1960.",
        "Au, A. (1960). Translated webpage (; T. Tr, Trans.). Container.       | Au, A. (1960). Translated webpage (T. Tr, Trans.). Container.",
        "Au, Al. “Translated Webpage.” . Translated by Tom Tr. Container, 1960. | Au, Al. “Translated Webpage.” Translated by Tom Tr. Container, 1960.",
        "Smith, John. . Dover, 1972.                                            | Smith, John. Dover, 1972.",
        "Title (J. Smith, Ed.; ). Dover.                                        | Title (J. Smith, Ed.). Dover.",
        // what looks alike but is right, and must stay
        "Smith, John. “And Then . . . Nothing.” Dover, 1972.                    | Smith, John. “And Then . . . Nothing.” Dover, 1972.",
        "Smith, John. “It Ended Then. . . .” Dover, 1972.                       | Smith, John. “It Ended Then. . . .” Dover, 1972.",
        "Smith, J. (1972). Letters (2nd ed.). Dover.                            | Smith, J. (1972). Letters (2nd ed.). Dover.",
    })
    void removesTheEmptySlotsCiteprocJavaLeaves(String entry, String expected) {
        assertThat(EntryCleaner.clean(entry, OutputFormat.TEXT, CHICAGO, true)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "“Secret Speech, “On the Cult,” Delivered.”           | “Secret Speech, ‘On the Cult,’ Delivered.”",
        "“A “B “C” B” A.”                                      | “A ‘B “C” B’ A.”",
        "“Two “quoted” and “more” titles.”                     | “Two ‘quoted’ and ‘more’ titles.”",
        // left alone: nothing nested, unbalanced marks, another language's quotation marks
        "“Plain.” Container.                                   | “Plain.” Container.",
        "“A 12” ruler “on” sale.”                              | “A 12” ruler “on” sale.”",
        "„Die „Rede“ des Jahres“ “x”                            | „Die „Rede“ des Jahres“ “x”",
    })
    void flipsQuotationMarksInsideQuotationMarks(String entry, String expected) {
        assertThat(EntryCleaner.flipInnerQuotes(entry, OutputFormat.TEXT)).isEqualTo(expected);
    }

    @Test
    void flipsQuotationMarkEntitiesInHtml() {
        String html = "&ldquo;Secret Speech, &ldquo;On the Cult,&rdquo; Delivered.&rdquo;";

        assertThat(EntryCleaner.flipInnerQuotes(html, OutputFormat.HTML))
                .isEqualTo("&ldquo;Secret Speech, &lsquo;On the Cult,&rsquo; Delivered.&rdquo;");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "<span style=\"font-style: italic\">Letters</span>. Dover. | <i>Letters</i>. Dover.",
        "<span style=\"font-weight: bold\">12</span>(3)             | <b>12</b>(3)",
        // a title inside an italic title is set roman: the inner span stays, and each closing tag matches
        "<span style=\"font-style: italic\">On <span style=\"font-style: normal\">Hamlet</span> Again</span>. | <i>On <span style=\"font-style: normal\">Hamlet</span> Again</i>.",
        "Plain </span> text | Plain </span> text",
    })
    void writesItalicAndBoldAsSimpleTags(String html, String expected) {
        assertThat(EntryCleaner.simpleTags(html)).isEqualTo(expected);
    }

    @Test
    void removesAStrayFullStopAfterAClosingTagInHtml() {
        String html = "<div class=\"csl-entry\">Au, Al. <i>Book.</i> . Translated by Tom Tr.</div>";

        assertThat(EntryCleaner.clean(html, OutputFormat.HTML, CHICAGO, true))
                .isEqualTo("<div class=\"csl-entry\">Au, Al. <i>Book.</i> Translated by Tom Tr.</div>");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "In O. A. Westad (Editor), Brothers in Arms.                 | In O. A. Westad (Ed.), Brothers in Arms.",
        "In O. A. Westad & J. Smith (Editors), Brothers in Arms.     | In O. A. Westad & J. Smith (Eds.), Brothers in Arms.",
    })
    void abbreviatesEditorLabelsForApa(String entry, String expected) {
        assertThat(EntryCleaner.clean(entry, OutputFormat.TEXT, APA, true)).isEqualTo(expected);
    }

    @Test
    void leavesEditorLabelsOfOtherStylesAlone() {
        String entry = "In O. A. Westad (Editor), Brothers in Arms.";

        assertThat(EntryCleaner.clean(entry, OutputFormat.TEXT, CHICAGO, true)).isEqualTo(entry);
    }

    @Test
    void abbreviatesEditorLabelsForAStyleThatDependsOnApa() {
        ResolvedStyle dependent = new ResolvedStyle("dept", "dept", Origin.BUNDLED, null, "apa");

        assertThat(EntryCleaner.clean("Westad (Editor), Brothers.", OutputFormat.TEXT, dependent, true))
                .isEqualTo("Westad (Ed.), Brothers.");
    }
}
