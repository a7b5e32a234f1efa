package org.ibidem.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ibidem.Analysis;
import org.ibidem.Ibidem;
import org.ibidem.IbidemOptions;
import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.resolution.ResolvedNote;
import org.junit.jupiter.api.Test;

/**
 * A rewrite settles where a later cite of a work reads otherwise once the work's first cite is rewritten: in
 * MHRA an archival document cited first in Chicago's form reads back, in MHRA's, as a manuscript, whose later
 * cites add "unpublished manuscript". The rewrite takes that text, as a second rewrite would write it, instead of
 * putting the later cite back as written and, note by note, its neighbours with it.
 */
class RewriteSettlesTest {

    private static final String SHEN = "Zhihua Shen, Reviewing and Reconsidering the History of Sino-Soviet "
            + "Relations (Beijing: Social Sciences Academic Press, 2016), 141.";
    private static final String CABLE = "\u201CCable from Peng Dehuai on the Ideology of Europe,\u201D Central "
            + "Archives Collection, August 19, 2000.";
    private static final String LETTER = "\u201CLetter from N. S. Khrushchev on the War of Hungary,\u201D Library "
            + "of Congress Manuscript Division, February 22, 1984.";
    private static final String CABLE_SHORT = "\u201CCable from Peng Dehuai.\u201D";

    private static String document(String... notes) {
        StringBuilder body = new StringBuilder("CHAPTER 1. Test\n\n");
        StringBuilder list = new StringBuilder("Notes\n");
        for (int i = 0; i < notes.length; i++) {
            body.append("Sentence ").append(i + 1).append(".[").append(i + 1).append("] ");
            list.append("\n[").append(i + 1).append("] ").append(notes[i]).append("\n");
        }
        return body.append("\n\n").append(list).toString();
    }

    private static Analysis read(String text) {
        return Ibidem.analyzeText("essay.txt", text, IbidemOptions.defaults());
    }

    @Test
    void aLaterCiteTakesTheFormItsRewrittenFirstCiteGives() {
        Rewrite r = read(document(CABLE, LETTER, CABLE_SHORT)).rewrite("mhra-notes");

        assertThat(r.left()).isEmpty();
        assertThat(r.text()).contains("[3] \u2018Cable from Peng Dehuai on the Ideology of Europe\u2019, "
                + "unpublished manuscript.");
    }

    @Test
    void aLaterCiteThatWouldNotSettleLeavesTheNotesBeforeItRewritten() {
        String text = document(SHEN, "Ibid., 145.", CABLE, LETTER, CABLE_SHORT);
        Rewrite r = read(text).rewrite("mhra-notes");

        assertThat(r.left()).extracting(LeftCitation::detail)
                .noneMatch(d -> d.contains("would not settle"));
        assertThat(r.changes()).extracting(c -> c.note().index()).contains(1, 2, 3, 4);
    }

    @Test
    void theSettledRewriteCitesTheSameWorksAtTheSamePlacesAndRewritesToItself() {
        String text = document(SHEN, "Ibid., 145.", CABLE, LETTER, CABLE_SHORT, "Shen, Reviewing, 150.");
        Analysis before = read(text);
        Rewrite r = before.rewrite("mhra-notes");
        Analysis after = read(r.text());

        assertThat(places(after.resolution().notes())).isEqualTo(places(before.resolution().notes()));
        assertThat(after.rewrite("mhra-notes").changes()).isEmpty();
    }

    /** Each citation's work, by the note that first cites it, and its locator. */
    private static List<String> places(List<ResolvedNote> notes) {
        java.util.Map<String, Integer> firstNote = new java.util.HashMap<>();
        List<String> out = new java.util.ArrayList<>();
        for (ResolvedNote rn : notes) {
            for (ResolvedCitation rc : rn.citations()) {
                firstNote.putIfAbsent(String.valueOf(rc.sourceId()), rn.note().index());
                out.add(rn.note().index() + ": work of note " + firstNote.get(String.valueOf(rc.sourceId()))
                        + " at " + rc.locator());
            }
        }
        return out;
    }
}
