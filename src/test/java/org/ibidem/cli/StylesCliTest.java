package org.ibidem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.ibidem.cli.IbidemCliTest.Run;
import org.ibidem.style.Styles;
import org.junit.jupiter.api.Test;

/** {@code ibidem styles [WORD]} and {@code bibliography --locale}. */
class StylesCliTest {

    private static final String EXAMPLE = "examples/brothers-no-more-notes.txt";

    @Test
    void listsEveryBundledStyleAsIdTabTitle() {
        Run run = IbidemCliTest.run("styles");

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines()).hasSameSizeAs(Styles.bundled())
                .allMatch(line -> line.split("\t", -1).length == 2)
                .anyMatch(line -> line.startsWith("chicago-notes-bibliography\tChicago Manual of Style 18th edition"));
    }

    @Test
    void listsOnlyTheStylesWhoseIdOrTitleHasTheWordIgnoringCase() {
        Run run = IbidemCliTest.run("styles", "CITE THEM RIGHT");

        assertThat(run.exit()).isZero();
        assertThat(run.outLines()).isNotEmpty()
                .anyMatch(line -> line.startsWith("harvard-cite-them-right\t"))
                .allMatch(line -> line.toLowerCase(java.util.Locale.ROOT).contains("cite them right")
                        || line.contains("cite-them-right"));
    }

    @Test
    void exitsWithOneAndSaysSoWhenNoStyleMatches() {
        Run run = IbidemCliTest.run("styles", "zzqxv");

        assertThat(run.exit()).isEqualTo(StylesCommand.EXIT_NONE);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly(
                "ibidem: no bundled style has 'zzqxv' in its id or title; 'ibidem styles' lists them all");
    }

    @Test
    void formatsTheBibliographyInTheLocaleAskedFor() {
        Run english = IbidemCliTest.run("bibliography", EXAMPLE, "--style", "chicago");
        Run german = IbidemCliTest.run("bibliography", EXAMPLE, "--style", "chicago", "--locale", "de-DE");

        assertThat(german.exit()).isZero();
        assertThat(german.outLines()).hasSameSizeAs(english.outLines());
        assertThat(english.out()).contains("Selected Works of Mao Tse-Tung. Vol. 5.", "“Rediscussing")
                .doesNotContain("„");
        assertThat(german.out()).contains("Selected Works of Mao Tse-Tung. Bd. 5.", "„Rediscussing", "29 Dezember 1956");
    }

    @Test
    void refusesAnUnknownLocaleWithOneLineAndTheUsageExitCode() {
        Run run = IbidemCliTest.run("bibliography", EXAMPLE, "--locale", "xx-YY");

        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("ibidem: Unknown locale 'xx-YY'. Bundled locales: af-ZA, ");
    }

    @Test
    void takesAnyBundledStyleIdIncludingADependentOne() {
        Run run = IbidemCliTest.run("bibliography", EXAMPLE, "--style", "ieee-transactions-on-software-engineering");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo(IbidemCliTest.run("bibliography", EXAMPLE, "--style", "ieee").out())
                .startsWith("[1] ");
    }
}
