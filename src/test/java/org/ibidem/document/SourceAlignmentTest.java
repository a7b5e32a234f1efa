package org.ibidem.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceAlignmentTest {

    @ParameterizedTest(name = "{0} from {1}")
    @CsvSource(delimiter = '|', textBlock = """
        a—b   | a&mdash;b    | 0 1 8
        a & b | a &amp; b    | 0 1 2 7 8
        a*b   | a\\*b        | 0 2 3
        code  | `code`       | 1 2 3 4
        x é   | x &#233;     | 0 1 2
        """)
    void mapsEachDecodedCharacterToItsRawCharacter(String decoded, String raw, String offsets) {
        String rawText = raw;
        int[] expected = java.util.Arrays.stream(offsets.split(" ")).mapToInt(Integer::parseInt).toArray();
        assertThat(SourceAlignment.align(decoded, rawText, SourceAlignment.contiguous(0, rawText.length()), 0))
                .containsExactly(expected);
    }
}
