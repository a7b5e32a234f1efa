package org.ibidem.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every corpus document, the notes its sidecar marks {@code mustPass} resolve exactly as a reader resolves
 * them: each citation has the expected kind and points at the expected work (the note that first gives it in
 * full), or at none where the chain is broken. One line per note:
 *
 * <pre>
 * note 4: full → 4, full → 4.2
 * note 5: ibid → none        (ibid after a note citing two works)
 * note 6: short → 1
 * </pre>
 */
class CorpusChainTest {

    static List<DocumentResult> documents() {
        return CorpusDocuments.analysed();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void resolvesTheMustPassNotesAsAReaderDoes(DocumentResult document) {
        TreeSet<Integer> notes = new TreeSet<>(document.expected().mustPass());
        assumeFalse(notes.isEmpty(), "no note of " + document + " is marked mustPass yet");

        assertThat(document.actualChain(notes)).containsExactlyElementsOf(document.expectedChain(notes));
    }
}
