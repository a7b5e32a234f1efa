package org.ibidem;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Text and files are told apart by type: {@link Ibidem#analyzeText} reads text, {@link Ibidem#analyze(Path)}
 * reads a file, and the old {@code analyze(String)}, which took a file name for text, is deprecated.
 */
class TextInputTest {

    private static final String ESSAY = """
            Rome grew.[1] It kept growing.[2]

            Notes

            1. Mary Beard, SPQR: A History of Ancient Rome (New York: Liveright, 2015), 12.
            2. Ibid., 14.
            """;

    @Test
    void analysesTextGivenAsText() {
        Analysis a = Ibidem.analyzeText(ESSAY);

        assertThat(a.notes()).hasSize(2);
        assertThat(a.sources()).hasSize(1);
    }

    @Test
    void namesTheTextInMessagesAndReadsItInTheFormatOfTheName() {
        Analysis a = Ibidem.analyzeText("essay.md", "Rome grew.[^1]\n\n[^1]: Mary Beard, *SPQR* (New York: "
                + "Liveright, 2015), 12.\n", IbidemOptions.defaults());

        assertThat(a.document().name()).isEqualTo("essay.md");
        assertThat(a.notes()).hasSize(1);
    }

    @Test
    void readsAFileGivenAsAPath() throws java.io.IOException {
        assertThat(Ibidem.analyze(SeedDocument.NOTES_COPY.path()).notes())
                .hasSameSizeAs(Ibidem.analyzeText(java.nio.file.Files.readString(SeedDocument.NOTES_COPY.path())).notes());
    }

    @Test
    void deprecatesTheStringOverloadThatLooksLikeItTakesAFileName() throws NoSuchMethodException {
        assertThat(Ibidem.class.getMethod("analyze", String.class).isAnnotationPresent(Deprecated.class)).isTrue();
        assertThat(Ibidem.class.getMethod("analyzeText", String.class).isAnnotationPresent(Deprecated.class))
                .isFalse();
    }
}
