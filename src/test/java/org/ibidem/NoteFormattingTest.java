package org.ibidem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.ibidem.style.OutputFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link Analysis#formatNote}: a document's notes as a writer using another style would have written them. */
class NoteFormattingTest {

    private static Analysis brothers;

    @BeforeAll
    static void analyse() {
        brothers = Ibidem.analyze(Path.of("examples", "brothers-no-more-notes.txt"));
    }

    @Test
    void writesTheFirstCiteOfEachWorkInFullAndLaterOnesShort() {
        List<String> notes = brothers.formatNotes("chicago", OutputFormat.TEXT, null);

        assertThat(notes).hasSize(brothers.notes().size());
        assertThat(notes.get(1)).isEqualTo("Zhihua Shen, Reviewing and Reconsidering the History of Sino-Soviet"
                + " Relations (Social Sciences Academic Press, 2016), 141.");
        assertThat(notes.get(12)).isEqualTo("Shen, Reviewing and Reconsidering the History of Sino-Soviet"
                + " Relations, 11–22.");
    }

    @Test
    void writesIbidWhereTheStyleUsesItWhateverTheNoteWrote() {
        List<String> notes = brothers.formatNotes("mhra-notes-subsequent-ibid", OutputFormat.TEXT, null);

        // Note 4 "Ibid." after note 3's Khrushchev; note 8 "Ibid, 321-322." after note 7's Mao volume 5;
        // note 18 "Shen, Reviewing…, 125." written in short right after note 17's Shen.
        assertThat(notes.get(3)).isEqualTo("Ibid.");
        assertThat(notes.get(7)).isEqualTo("Ibid., 5, pp. 321–322.");
        assertThat(notes.get(17)).isEqualTo("Ibid., p. 125.");
    }

    @Test
    void formatsOneNoteAsTheWholeRunFormatsIt() {
        assertThat(brothers.formatNote(13, "mhra-notes-subsequent-ibid", OutputFormat.TEXT, "de-DE"))
                .isEqualTo("Ebd.");
        assertThat(brothers.formatNote(12, "oscola", OutputFormat.TEXT, null))
                .isEqualTo(brothers.formatNotes("oscola", OutputFormat.TEXT, null).get(12));
    }

    @Test
    void givesAWorkInFullAgainAtItsFirstCiteInANewChapter() {
        Analysis chapters = Ibidem.analyze(Path.of("src", "test", "resources", "golden", "check",
                "short-form-previous-chapter", "input.txt"));

        assertThat(chapters.formatNotes("chicago", OutputFormat.TEXT, null)).containsExactly(
                "Lorenz M. Lüthi, The Sino-Soviet Split: Cold War in the Communist World (Princeton University"
                        + " Press, 2008), 30.",
                "Lorenz M. Lüthi, The Sino-Soviet Split: Cold War in the Communist World (Princeton University"
                        + " Press, 2008), 80.");
    }

    @Test
    void refusesANoteThatIsNotThere() {
        assertThatThrownBy(() -> brothers.formatNote(brothers.notes().size(), "chicago", OutputFormat.TEXT, null))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }
}
