package org.ibidem.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import org.ibidem.Analysis;
import org.ibidem.Ibidem;
import org.ibidem.IbidemOptions;
import org.junit.jupiter.api.Test;

/** {@code ibid-forms-mixed}: the case of "ibid" counts where the writer chose it, not where grammar did. */
class IbidFormsTest {

    private static Analysis check(String text) {
        return Ibidem.analyze("doc.txt", text, IbidemOptions.defaults());
    }

    @Test
    void acceptsALowerCaseIbidInsideASentenceBesideCapitalisedOnesOpeningNotes() {
        Analysis a = check("""
                [1] Anna Berg, River Trade (London: Hale, 1990), 4.

                [2] Berg, River Trade, 8; ibid., 9.

                [3] Ibid., 12.

                [4] Ibid., 14.
                """);

        assertThat(a.diagnostics()).extracting(Diagnostic::code).doesNotContain("ibid-forms-mixed");
    }

    @Test
    void reportsNotesThatOpenWithIbidInTwoCases() {
        Analysis a = check("""
                [1] Anna Berg, River Trade (London: Hale, 1990), 4.

                [2] Ibid., 9.

                [3] ibid., 12.
                """);

        assertThat(a.diagnostics()).filteredOn(d -> d.code().equals("ibid-forms-mixed"))
                .extracting(d -> d.position().line()).containsExactly(5);
    }
}
