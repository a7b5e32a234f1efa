package org.ibidem.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class BundledStyleTest {

    @Test
    void listsEveryBundledStyleWithItsTitleSortedById() {
        assertThat(Styles.bundled()).hasSameSizeAs(Styles.bundledIds())
                .extracting(BundledStyle::id).containsExactlyElementsOf(Styles.bundledIds());
        assertThat(Styles.bundled()).filteredOn(s -> s.id().equals("chicago-notes-bibliography")).singleElement()
                .satisfies(s -> {
                    assertThat(s.title()).startsWith("Chicago Manual of Style 18th edition");
                    assertThat(s.dependent()).isFalse();
                });
    }

    @Test
    void marksDependentStyles() {
        assertThat(Styles.bundled()).filteredOn(s -> s.id().equals("ieee-transactions-on-software-engineering"))
                .singleElement()
                .isEqualTo(new BundledStyle("ieee-transactions-on-software-engineering",
                        "IEEE Transactions on Software Engineering", null, true));
    }

    @Test
    void findsStylesByIdIgnoringCase() {
        assertThat(Styles.search("OSCOLA")).extracting(BundledStyle::id)
                .contains("oscola", "oscola-no-ibid");
    }

    @Test
    void findsStylesByTitleWhenTheIdDoesNotSayIt() {
        assertThat(Styles.search("Citing Medicine")).extracting(BundledStyle::id).contains("nlm-citation-sequence");
    }

    @Test
    void findsAFormerIdAmongTheShortTitlesWhateverTheSeparators() {
        assertThat(Styles.search("modern-humanities-research-association")).extracting(BundledStyle::id)
                .contains("mhra-notes", "mhra-author-date");
    }

    @Test
    void findsNothingForAWordNoStyleHas() {
        assertThat(Styles.search("zzqxv-no-such-style")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void takesABlankWordForEveryStyle(String word) {
        assertThat(Styles.search(word)).hasSameSizeAs(Styles.bundled());
    }

    static Stream<Map.Entry<String, String>> formerIds() {
        return Styles.renamed().entrySet().stream();
    }

    @ParameterizedTest
    @MethodSource("formerIds")
    void mapsAFormerIdNoBundledStyleHasToOneThatIsBundled(Map.Entry<String, String> renamed) {
        assertThat(Styles.isBundled(renamed.getKey())).isFalse();
        assertThat(Styles.isBundled(renamed.getValue())).isTrue();
    }

    @Test
    void readsEscapedTitles() throws IOException {
        String xml = "<style><info><title>Journal of Law &amp; Society &#8212; &#x2018;Notes&#x2019;</title>"
                + "<title-short>JLS</title-short></info></style>";

        BundledStyle style = BundledStyles.style("jls", false,
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));

        assertThat(style).isEqualTo(new BundledStyle("jls", "Journal of Law & Society — ‘Notes’", "JLS", false));
    }
}
