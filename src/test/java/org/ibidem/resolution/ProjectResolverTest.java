package org.ibidem.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.ibidem.citation.NoteParser;
import org.ibidem.citation.ParsedNote;
import org.ibidem.document.Documents;
import org.ibidem.reference.Reference;
import org.junit.jupiter.api.Test;

/** A book's chapters, each a document of its own, resolved as one project. */
class ProjectResolverTest {

    private static final String BEARD = "Mary Beard, *SPQR: A History of Ancient Rome* (New York: Liveright, 2015), 12.";
    private static final String HOLLAND = "Tom Holland, *Rubicon: The Last Years of the Roman Republic* "
            + "(New York: Doubleday, 2003), 45.";

    /** A Markdown chapter whose notes are the given texts, numbered from 1. */
    private static String chapter(String... notes) {
        StringBuilder body = new StringBuilder("# A chapter\n\n");
        StringBuilder defs = new StringBuilder();
        for (int i = 1; i <= notes.length; i++) {
            body.append("Sentence ").append(i).append(".[^").append(i).append("] ");
            defs.append("[^").append(i).append("]: ").append(notes[i - 1]).append('\n');
        }
        return body.append("\n\n").append(defs).toString();
    }

    private static List<ParsedNote> parsed(String name, String text) {
        return new NoteParser().parseAll(Documents.parse(name, text));
    }

    /** Resolves chapters named ch1.md, ch2.md… */
    private static ProjectResolution resolve(String... chapters) {
        List<String> names = new ArrayList<>();
        List<List<ParsedNote>> parsed = new ArrayList<>();
        for (int i = 0; i < chapters.length; i++) {
            names.add("ch" + (i + 1) + ".md");
            parsed.add(parsed(names.get(i), chapters[i]));
        }
        return new ProjectResolver().resolve(names, parsed);
    }

    private static ResolvedCitation citation(ProjectResolution p, int chapter, int note) {
        return p.documents().get(chapter - 1).notes().get(note - 1).citations().get(0);
    }

    @Test
    void resolvesShortFormToWorkGivenInFullInEarlierChapter() {
        ProjectResolution p = resolve(chapter(BEARD), chapter("Beard, *SPQR*, 101.", "Beard, *SPQR*, 102."));

        ResolvedCitation first = citation(p, 2, 1);
        assertThat(first.status()).isEqualTo(ResolutionStatus.RESOLVED_ACROSS_CHAPTER);
        assertThat(first.sourceId()).isEqualTo("beard2015");
        assertThat(first.antecedent().number()).isEqualTo(1);
        assertThat(first.antecedent().chapter()).isEqualTo("ch1.md");
        assertThat(first.flags()).containsExactly(ResolutionFlag.IN_EARLIER_DOCUMENT);
        // The chapter's later short forms lean on the first, in their own chapter, as they do alone.
        assertThat(citation(p, 2, 2).status()).isEqualTo(ResolutionStatus.RESOLVED);
        assertThat(citation(p, 2, 2).sourceId()).isEqualTo("beard2015");
        assertThat(p.sources()).extracting(Reference::id).containsExactly("beard2015");
    }

    @Test
    void listsWorkGivenInFullInTwoChaptersOnce() {
        ProjectResolution p = resolve(chapter(BEARD, HOLLAND), chapter(HOLLAND, BEARD));

        assertThat(p.sources()).extracting(Reference::id).containsExactly("beard2015", "holland2003");
        assertThat(citation(p, 2, 2).sourceId()).isEqualTo("beard2015");
        // Given in full again in its chapter, as Chicago asks: resolved as it is alone.
        assertThat(citation(p, 2, 2).status()).isEqualTo(ResolutionStatus.DEFINED);
        assertThat(p.documents().get(1).sources()).extracting(Reference::id)
                .containsExactly("holland2003", "beard2015");
    }

    @Test
    void leavesIbidAtStartOfChapterWithoutAntecedent() {
        ProjectResolution p = resolve(chapter(BEARD), chapter("Ibid., 20."));

        assertThat(citation(p, 2, 1).status()).isEqualTo(ResolutionStatus.NO_ANTECEDENT);
        assertThat(citation(p, 2, 1).sourceId()).isNull();
    }

    @Test
    void neverResolvesShortFormIntoLaterChapter() {
        ProjectResolution p = resolve(chapter("Beard, *SPQR*, 101."), chapter(BEARD));

        assertThat(citation(p, 1, 1).status()).isEqualTo(ResolutionStatus.INTRODUCED);
        assertThat(p.sources()).hasSize(2);
    }

    @Test
    void leavesShortFormMatchingSeveralEarlierWorksUnmatched() {
        String other = "Mary Beard, *SPQR: Rome Retold* (London: Profile, 2016), 3.";
        ProjectResolution p = resolve(chapter(BEARD, other), chapter("Beard, *SPQR*, 101."));

        assertThat(citation(p, 2, 1).status()).isEqualTo(ResolutionStatus.INTRODUCED);
    }

    @Test
    void keepsOwnChapterMatchBeforeEarlierChapters() {
        String other = "Mary Beard, *SPQR: Rome Retold* (London: Profile, 2016), 3.";
        ProjectResolution p = resolve(chapter(BEARD), chapter(other, "Beard, *SPQR*, 4."));

        // Alone, the chapter's short form finds its own chapter's work; an earlier chapter does not make it doubt.
        assertThat(citation(p, 2, 2).status()).isEqualTo(ResolutionStatus.RESOLVED);
        assertThat(citation(p, 2, 2).sourceId()).isEqualTo(citation(p, 2, 1).sourceId());
    }

    @Test
    void resolvesOneDocumentAsTheResolverDoes() {
        String text = chapter(BEARD, "Ibid., 14.", "Holland, *Rubicon*, 3.", HOLLAND, "Beard, *SPQR*, 9.");
        List<ParsedNote> notes = parsed("ch1.md", text);

        ProjectResolution p = new ProjectResolver().resolve(List.of("ch1.md"), List.of(notes));

        Resolution alone = new Resolver().resolve(notes);
        assertThat(p.documents()).containsExactly(alone);
        assertThat(p.sources()).isEqualTo(alone.sources());
    }

    @Test
    void refusesNamesThatDoNotMatchTheDocuments() {
        assertThatThrownBy(() -> new ProjectResolver().resolve(List.of("a", "b"), List.of(List.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("One name per document");
    }
}
