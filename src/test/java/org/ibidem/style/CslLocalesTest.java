package org.ibidem.style;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CslLocalesTest {

    @Test
    void listsTheLocalesOfTheLocalesJar() {
        assertThat(CslLocales.bundled()).contains("de-DE", "en-GB", "en-US", "fr-FR", "zh-CN").hasSizeGreaterThan(50);
    }

    @ParameterizedTest
    @ValueSource(strings = {"de-DE", "de-de", "DE-DE", "de_DE", " de-DE "})
    void spellsATagAsItsLocaleFileDoes(String tag) {
        assertThat(CslLocales.require(tag)).isEqualTo("de-DE");
    }

    @Test
    void refusesAnUnknownTagNamingTheDialectsOfItsLanguage() {
        assertThatThrownBy(() -> CslLocales.require("fr"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Unknown locale 'fr'. Did you mean fr-CA, fr-FR? Bundled locales: af-ZA, ")
                .hasMessageEndingWith("zh-TW.");
    }

    @Test
    void refusesATagOfNoBundledLanguageListingThemAll() {
        assertThatThrownBy(() -> CslLocales.require("tlh-QO"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Unknown locale 'tlh-QO'. Bundled locales: af-ZA, ");
    }
}
