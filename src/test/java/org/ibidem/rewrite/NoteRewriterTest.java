package org.ibidem.rewrite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ibidem.Ibidem;
import org.ibidem.IbidemOptions;
import org.junit.jupiter.api.Test;

/** Rewriting the notes of small documents in a note style: what changes, and what stays byte for byte. */
class NoteRewriterTest {

    private static final String SHEN = "Zhihua Shen, Reviewing and Reconsidering the History of Sino-Soviet "
            + "Relations (Beijing: Social Sciences Academic Press, 2016), 141.";

    private static Rewrite rewrite(String name, String text, String style) {
        return Ibidem.analyzeText(name, text, IbidemOptions.defaults()).rewrite(style);
    }

    private static String text(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    @Test
    void chicago18GivesTheFirstCitationInFullAndShortFormsInsteadOfIbid() {
        Rewrite r = rewrite("essay.txt", text("[1] " + SHEN, "", "[2] Ibid., 145."), "chicago-notes-bibliography");
        assertThat(r.text()).isEqualTo(text("[1] Zhihua Shen, Reviewing and Reconsidering the History of "
                + "Sino-Soviet Relations (Social Sciences Academic Press, 2016), 141.", "",
                "[2] Shen, Reviewing and Reconsidering the History of Sino-Soviet Relations, 145."));
        assertThat(r.rewritten()).isEqualTo(2);
        assertThat(r.left()).isEmpty();
    }

    @Test
    void chicago17PutsIbidWhereTheSameWorkWasCitedInTheNoteBefore() {
        Rewrite r = rewrite("essay.txt", text("[1] " + SHEN, "", "[2] Shen, Reviewing, 145.", "",
                "[3] Shen, Reviewing, 145."), "chicago-notes-bibliography-subsequent-ibid-17th-edition");
        assertThat(r.text()).contains("[2] Ibid., 145.\n").contains("[3] Ibid.\n");
        assertThat(r.changes()).extracting(c -> c.position().kind().cslName())
                .containsExactly("ibid-with-locator", "ibid");
    }

    @Test
    void aTitleWrittenInCapitalsKeepsThemAsInBibliographies() {
        Rewrite r = rewrite("essay.txt", text("[1] Mary Beard, SPQR (New York: Liveright, 2015), 12.", "",
                "[2] Beard, SPQR, 14."), "chicago-notes-bibliography");
        assertThat(r.text()).contains("Mary Beard, SPQR (Liveright, 2015), 12.").contains("[2] Beard, SPQR, 14.")
                .doesNotContain("Spqr");
    }

    @Test
    void aSentenceOfCommentaryAfterTheCitationStaysAndTheCitationIsRewritten() {
        Rewrite r = rewrite("essay.txt", text("[1] Mary Beard, SPQR (New York: Liveright, 2015), 12.", "",
                "[2] See ibid., 425. A remark on this."), "chicago-notes-bibliography");
        assertThat(r.text()).contains("[2] See Beard, SPQR, 425. A remark on this.");
        assertThat(r.left()).isEmpty();
    }

    @Test
    void oscolaPointsBackToTheNoteOfTheFullCitation() {
        Rewrite r = rewrite("essay.txt", text("[1] " + SHEN, "", "[2] Mary Beard, SPQR (New York: Liveright, 2015), 12.",
                "", "[3] Shen, Reviewing, 145."), "oscola");
        // The title only where the cite would otherwise read like another work's (OSCOLA's disambiguate test, as
        // citeproc-js decides it): the note number tells them apart here.
        assertThat(r.text()).contains("[3] Shen (n 1) 145.");
    }

    @Test
    void aTranslatedBookHasNoEmptySlotBeforeItsTranslator() {
        Rewrite r = rewrite("essay.txt", text("[1] Blaise Pascal, Pensées, trans. A. J. Krailsheimer (London: "
                + "Penguin, 1966), 150."), "chicago-notes-bibliography");
        assertThat(r.text()).contains("Blaise Pascal, Pensées, trans. A. J. Krailsheimer (Penguin, 1966), 150.")
                .doesNotContain(", ,");
    }

    @Test
    void aWorkWhoseAuthorsEndInEtAlIsLeftAsWrittenRatherThanLoseIt() {
        Rewrite r = rewrite("essay.txt", text("[1] Eric Foner et al., The Fiery Trial (New York: Norton, 2010), 45.",
                "", "[2] Foner, Fiery Trial, 60."), "chicago-notes-bibliography");
        assertThat(r.text()).contains("Foner et al., The Fiery Trial").contains("[2] Foner, Fiery Trial, 60.");
        assertThat(r.left()).extracting(LeftCitation::reason).containsOnly(LeftCitation.Reason.ET_AL);
    }

    @Test
    void aSuffixTheParserPutTogetherIsNeverRenderedOver() {
        // The series and facts after an editor read as the citation's suffix, joined from its fields: found nowhere
        // as written, it cannot be cut off, and rendering the citation over it would lose the series and pages.
        String note = "[1] On editors, see Jane Roe, “The Making of a Book,” in Papers Read at the Summer Meeting, "
                + "ed. John Doe, Studies in Church History 30 (Oxford: Blackwell, 1993), 245–58.";
        Rewrite r = rewrite("essay.txt", text(note), "chicago-notes-bibliography");
        assertThat(r.text()).contains(note);
        assertThat(r.left()).extracting(LeftCitation::reason).containsOnly(LeftCitation.Reason.NOT_DELIMITED);
    }

    @Test
    void aVolumeWrittenBeforeThePageIsPrintedOnceAndReadsBackAsThatVolume() {
        String doc = text("[1] Ann Lee, Collected Papers of the Port Vol 5 (Leeds: Harbour Press, 1977), 286.", "",
                "[2] Lee, Collected Papers of the Port, 5:300.", "",
                "[3] Ann Lee, Collected Papers of the Port (Leeds: Harbour Press, 1979), 6:12.");
        // Chicago prints volume 5 at page 286 as "(Harbour Press, 1977), 5:286", which reads back as a place in the
        // whole set (CMOS 14.117), another work than the volume: the citation is left as written, never changed.
        Rewrite chicago = rewrite("essay.txt", doc, "chicago-notes-bibliography");
        assertThat(chicago.text()).contains("[1] Ann Lee, Collected Papers of the Port Vol 5 (Leeds: Harbour Press, "
                + "1977), 286.").contains("[2] Lee, Collected Papers of the Port, 5:300.");
        assertThat(chicago.left()).extracting(left -> left.note().number()).contains(1);
        Rewrite mhra = rewrite("essay.txt", doc, "mhra-notes");
        assertThat(mhra.text()).contains("[2] Lee, Collected Papers of the Port, 5, p. 300.")
                .contains("(Harbour Press, 1979), pp. 6:12."); // the set, cited at a place in volume 6
        assertThat(mhra.left()).isEmpty();
    }

    @Test
    void aDocumentHeldInAnArchiveKeepsItsQuotationMarksOnASecondRewrite() {
        String doc = text("[1] Ann Lee, “Speeches to the Dockers,” (Leeds Harbour Archive, Leeds, 1958).", "",
                "[2] Ibid.");
        Rewrite once = rewrite("essay.txt", doc, "chicago-notes-bibliography");
        assertThat(once.text()).contains("[1] Ann Lee, “Speeches to the Dockers,” 1958, Leeds Harbour Archive.")
                .contains("[2] Lee, “Speeches to the Dockers.”");
        assertThat(once.left()).isEmpty();
        assertThat(rewrite("essay.txt", once.text(), "chicago-notes-bibliography").changes()).isEmpty();
    }

    @Test
    void aLaterCitationIsRewrittenWhenOnlyTheFullCitationBeforeItIsUnstable() {
        // OSCOLA prints a document by its author and title alone, which reads back as no known work; the note
        // after it reads back right beside the full citation as written.
        Rewrite r = rewrite("essay.txt", text("[1] Ann Lee, “Notes on the Harbour,” Leeds Harbour Archive, "
                + "February 25, 1956.", "", "[2] Lee, “Notes on the Harbour.”"), "oscola");
        assertThat(r.left()).extracting(l -> l.note().index()).containsExactly(1);
        assertThat(r.text()).contains("[2] Ibid.");
    }

    @Test
    void mhraGivesPagesWithTheirLabel() {
        Rewrite r = rewrite("essay.txt", text("[1] " + SHEN), "mhra-notes");
        assertThat(r.text()).contains("2016), p. 141.");
    }

    @Test
    void signalsAndCommentaryStayAsWritten() {
        Rewrite r = rewrite("essay.txt", text("[1] See " + SHEN, "", "[2] Cf. Ibid., 145."),
                "chicago-notes-bibliography");
        assertThat(r.text()).startsWith("[1] See Zhihua Shen, Reviewing")
                .contains("[2] Cf. Shen, Reviewing and Reconsidering the History of Sino-Soviet Relations, 145.");
    }

    @Test
    void anUnresolvedCitationIsLeftExactlyAsWrittenAndCounted() {
        String original = text("[1] Some commentary without a source at all.", "", "[2] Ibid., 12.");
        Rewrite r = rewrite("essay.txt", original, "chicago-notes-bibliography");
        assertThat(r.text()).isEqualTo(original);
        assertThat(r.left()).extracting(LeftCitation::text).contains("Ibid., 12.");
        assertThat(r.summary()).contains("rewrote 0 citations").contains("as written");
    }

    @Test
    void rewritingTwiceChangesNothingTheSecondTime() {
        for (String style : new String[] {"chicago-notes-bibliography", "mhra-notes",
                "chicago-notes-bibliography-subsequent-ibid-17th-edition"}) {
            Rewrite once = rewrite("essay.txt", text("[1] " + SHEN, "", "[2] Ibid.", "", "[3] Shen, Reviewing, 9."),
                    style);
            Rewrite twice = rewrite("essay.txt", once.text(), style);
            assertThat(twice.changes()).as(style).isEmpty();
            assertThat(twice.text()).as(style).isEqualTo(once.text());
        }
    }

    @Test
    void windowsLineEndingsAndTheBodyStayByteForByte() {
        String original = "Body text with a marker.[1]\r\n\r\nNotes\r\n\r\n[1] " + SHEN + "\r\n\r\n[2] Ibid.\r\n";
        Rewrite r = rewrite("essay.txt", original, "chicago-notes-bibliography");
        assertThat(r.text()).startsWith("Body text with a marker.[1]\r\n\r\nNotes\r\n\r\n[1] ")
                .endsWith("\r\n\r\n[2] Shen, Reviewing and Reconsidering the History of Sino-Soviet Relations, "
                        + "141.\r\n");
    }

    @Test
    void markdownGetsItalicsAsAsterisksAndKeepsItsFootnoteMarkers() {
        String original = text("Text.[^1] More.[^2]", "",
                "[^1]: Zhihua Shen, *Reviewing and Reconsidering the History of Sino-Soviet Relations* "
                        + "(Beijing: Social Sciences Academic Press, 2016), 141.",
                "[^2]: Ibid., 150.");
        Rewrite r = rewrite("essay.md", original, "chicago-notes-bibliography");
        assertThat(r.text()).startsWith("Text.[^1] More.[^2]\n\n[^1]: Zhihua Shen, *Reviewing and Reconsidering")
                .contains("[^2]: Shen, *Reviewing and Reconsidering the History of Sino-Soviet Relations*, 150.");
        assertThat(rewrite("essay.md", r.text(), "chicago-notes-bibliography").changes()).isEmpty();
    }

    @Test
    void shortFormsGiveTheMainTitleWithoutItsSubtitle() {
        String original = text("Text.[^1] More.[^2]", "",
                "[^1]: Mary Beard, *SPQR: A History of Ancient Rome* (New York: Liveright, 2015), 45.",
                "[^2]: Ibid., 60.");
        Rewrite r = rewrite("essay.md", original, "chicago-notes-bibliography");
        assertThat(r.text()).contains("[^1]: Mary Beard, *SPQR: A History of Ancient Rome* (Liveright, 2015), 45.")
                .contains("[^2]: Beard, *SPQR*, 60.");
    }

    @Test
    void eachChangeNamesItsNoteItsSpanAndItsReplacement() {
        String original = text("[1] " + SHEN, "", "[2] Ibid.");
        Rewrite r = rewrite("essay.txt", original, "chicago-notes-bibliography");
        Change last = r.changes().get(r.changes().size() - 1);
        assertThat(last.note().number()).isEqualTo(2);
        assertThat(original.substring(last.start(), last.end())).isEqualTo(last.original()).isEqualTo("Ibid");
        assertThat(last.replacement()).startsWith("Shen, Reviewing");
    }

    @Test
    void aUnifiedDiffShowsOnlyTheChangedLines() {
        String original = text("[1] " + SHEN, "", "[2] Ibid.");
        Rewrite r = rewrite("essay.txt", original, "chicago-notes-bibliography");
        assertThat(r.unifiedDiff("essay.txt", original)).startsWith("--- essay.txt\n+++ essay.txt\n@@ -1,3 +1,3 @@\n")
                .contains("-[2] Ibid.\n").contains("+[2] Shen, Reviewing");
    }

    @Test
    void anInTextStyleIsRefusedWithTheChoices() {
        assertThatThrownBy(() -> rewrite("essay.txt", text("[1] " + SHEN), "apa"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("note style")
                .hasMessageContaining("mhra-notes");
    }

    @Test
    void aDocxIsRefusedWithoutItsBytes() {
        assertThatThrownBy(() -> new NoteRewriter(org.ibidem.style.NoteStyle.load("chicago-notes-bibliography"))
                .rewrite(new org.ibidem.document.Document("essay.docx", org.ibidem.document.InputFormat.DOCX, "",
                        java.util.List.of(), java.util.List.of(), java.util.List.of(),
                        new org.ibidem.document.LineIndex("")), null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("essay.docx without its bytes");
    }

    @Test
    void theEncodingOfTheOriginalIsKept() throws IOException {
        // A page range: the rewritten note has an en dash, which UTF-8 and windows-1252 write differently.
        Rewrite r = rewrite("essay.txt", text("[1] " + SHEN.replace("141.", "141-42.")), "chicago-notes-bibliography");
        assertThat(r.text()).contains("141\u201342");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'x'};
        assertThat(r.bytesLike(bom)).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        byte[] latin = "caf\u00e9".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        assertThat(new String(r.bytesLike(latin), java.nio.charset.Charset.forName("windows-1252")))
                .isEqualTo(r.text());
        assertThat(new String(r.bytesLike("x".getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8))
                .isEqualTo(r.text());
    }
}
