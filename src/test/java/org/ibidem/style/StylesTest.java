package org.ibidem.style;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StylesTest {

    @Test
    void listsTheAliasesInAStableOrder() {
        assertThat(Styles.aliases()).containsExactly(
                entry("chicago", "chicago-notes-bibliography"),
                entry("apa", "apa"),
                entry("mla", "modern-language-association"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"chicago-notes-bibliography", "apa", "modern-language-association",
        "chicago-notes-bibliography-17th-edition", "annals-of-anatomy"})
    void knowsTheBundledStyles(String id) {
        assertThat(Styles.isBundled(id)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"chicago", "chicago-fullnote-bibliography", "../apa", "dependent/annals-of-anatomy",
        "/apa", "de/undercouch/citeproc/CSL"})
    void doesNotTakeAliasesOldIdsOrPathsForBundledIds(String name) {
        assertThat(Styles.isBundled(name)).isFalse();
    }

    @Test
    void listsBundledIndependentAndDependentStylesById() {
        assertThat(Styles.bundledIds())
                .contains("chicago-notes-bibliography", "apa", "modern-language-association", "annals-of-anatomy")
                .noneMatch(id -> id.startsWith("dependent/"))
                .hasSizeGreaterThan(1000);
    }

    @Test
    void saysWhetherANameResolves() {
        assertThat(new StyleResolver().isAvailable("mla")).isTrue();
        assertThat(new StyleResolver().isAvailable("no-such-style-anywhere")).isFalse();
    }
}
