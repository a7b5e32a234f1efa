package org.ibidem.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Titles}: typos told from the same title and from another title, on strings and on prepared titles. */
class TitlesTest {

    @ParameterizedTest(name = "\"{0}\" / \"{1}\": {2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            The Sino-Soviet Split            | The Sino-Sovet Split                  | true
            The Sino-Soviet Split            | The Sino-Soviet Split                 | false
            The Sino-Soviet Split            | Sino-Soviet Split                     | false
            SPQR: A History of Ancient Rome  | SPQR                                  | false
            Rivers and Mills of the North    | Rivers and Hills of the North         | true
            The Wool Trade                   | Tithe and Tenure in the Fens          | false
            The Wool Trade                   | null                                  | false
            """)
    void tellsATypoFromTheSameTitleAndFromAnother(String a, String b, boolean typo) {
        assertThat(Titles.spelledDifferently(a, b)).isEqualTo(typo);
        assertThat(Titles.spelledDifferently(Titles.prepare(a), Titles.prepare(b))).isEqualTo(typo);
    }
}
