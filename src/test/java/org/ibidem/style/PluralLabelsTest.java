package org.ibidem.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Name;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;
import org.junit.jupiter.api.Test;

/** Plural labels for several issues or volumes; the expected entries are citeproc-js 2.4.63's for the same items. */
class PluralLabelsTest {

    private static final BibliographyFormatter FORMATTER = new BibliographyFormatter();

    private static final Reference ISSUES = Reference.builder(ItemType.ARTICLE_JOURNAL)
            .authors(List.of(Name.of("Doe", "Jane"))).title("Letters from the Coast").containerTitle("Quarterly of Tests")
            .volume("6").issue("1–4").issued(PartialDate.ofYear(1973)).build();
    private static final Reference VOLUMES = Reference.builder(ItemType.BOOK)
            .authors(List.of(Name.of("Roe", "Richard"))).title("A History of Bridges").numberOfVolumes("3")
            .publisher("Acme Press").issued(PartialDate.ofYear(1900)).build();
    private static final Reference VOLUME_RANGE = Reference.builder(ItemType.BOOK)
            .authors(List.of(Name.of("Poe", "Ann"))).title("Collected Papers").volume("1–2").publisher("Acme Press")
            .issued(PartialDate.ofYear(1950)).build();

    private static List<String> format(String style, Reference... refs) {
        return FORMATTER.format(List.of(refs), style, OutputFormat.TEXT).entries();
    }

    @Test
    void chicagoWritesNosAndVolsForSeveralIssuesAndVolumes() {
        assertThat(format("chicago", ISSUES, VOLUMES, VOLUME_RANGE)).containsExactly(
                "Doe, Jane. “Letters from the Coast.” Quarterly of Tests 6, nos. 1–4 (1973).",
                "Poe, Ann. Collected Papers. Vols. 1–2. Acme Press, 1950.",
                "Roe, Richard. A History of Bridges. 3 vols. Acme Press, 1900.");
    }

    /** MLA's single volume of a multivolume work is a kept difference (docs/formatting-differences.md). */
    @Test
    void mlaWritesNosAndVols() {
        assertThat(format("mla", ISSUES, VOLUMES)).containsExactly(
                "Doe, Jane. “Letters from the Coast.” Quarterly of Tests, vol. 6, nos. 1–4, 1973.",
                "Roe, Richard. A History of Bridges. Acme Press, 1900. 3 vols.");
    }

    @Test
    void apaWritesVolsForAVolumeRangeAndACount() {
        assertThat(format("apa", ISSUES, VOLUME_RANGE, VOLUMES)).containsExactly(
                "Doe, J. (1973). Letters from the Coast. Quarterly of Tests, 6(1–4).",
                "Poe, A. (1950). Collected Papers (Vols. 1–2). Acme Press.",
                "Roe, R. (1900). A History of Bridges (Vols. 1–3). Acme Press.");
    }
}
