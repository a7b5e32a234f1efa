package org.ibidem.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The README's diagnostics table (section "## Diagnostics" of {@code README.md} at the project root) says what
 * {@link BuiltInCode} says: every code, at its default severity, marked when it is off by default, in the order
 * of {@code check --list-rules}, and no code the enum lacks but the {@link ReadingCodes} of files that cannot
 * be read.
 */
class ReadmeDiagnosticsTableTest {

    private static final Path README = Path.of("README.md");
    /** A row: {@code | `code` | default | meaning | example |}; the default is "error", or "info, **off…**". */
    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| ([^|]+) \\|", Pattern.MULTILINE);

    /** The default column of each code in the table, in table order. */
    private static Map<String, String> table() {
        String readme;
        try {
            readme = Files.readString(README, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int start = readme.indexOf("\n## Diagnostics\n");
        assertThat(start).as("README.md has a section \"## Diagnostics\"").isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        Map<String, String> rows = new LinkedHashMap<>();
        Matcher m = ROW.matcher(section);
        while (m.find()) {
            assertThat(rows.put(m.group(1), m.group(2).strip())).as("a second row for %s", m.group(1)).isNull();
        }
        return rows;
    }

    static Stream<String> tableCodes() {
        return table().keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(BuiltInCode.class)
    void listsEveryCodeAtItsDefaultSeverity(BuiltInCode code) {
        Map<String, String> table = table();

        assertThat(table).as("a row for %s in README.md's diagnostics table", code.id()).containsKey(code.id());
        assertThat(table.get(code.id()).split(",")[0].strip()).as("the default severity of %s", code.id())
                .isEqualTo(code.defaultSeverity().label());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(BuiltInCode.class)
    void saysWhichCodesAreOffByDefault(BuiltInCode code) {
        String row = table().getOrDefault(code.id(), "");

        assertThat(row.contains("off by default")).as("the README says %s is off by default", code.id())
                .isEqualTo(!code.onByDefault());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tableCodes")
    void namesNoCodeTheEnumLacks(String code) {
        boolean reading = ReadingCodes.all().stream().anyMatch(r -> r.code().equals(code));
        assertThat(BuiltInCode.byId(code) != null || reading)
                .as("a BuiltInCode or ReadingCodes entry for the README's row %s", code).isTrue();
    }

    /** The codes of a file that cannot be read are findings too, and the table says so at their severity. */
    @Test
    void listsTheCodesOfUnreadableFiles() {
        Map<String, String> table = table();
        for (RuleCode code : ReadingCodes.all()) {
            assertThat(table).as("a row for %s", code.code()).containsKey(code.code());
            assertThat(table.get(code.code()).split(",")[0].strip()).as("the default severity of %s", code.code())
                    .isEqualTo(code.defaultSeverity().label());
        }
    }

    @Test
    void listsTheCodesInTheOrderOfListRules() {
        List<String> enumOrder = Arrays.stream(BuiltInCode.values()).map(BuiltInCode::id)
                .filter(table()::containsKey).toList();

        assertThat(table().keySet().stream().filter(c -> BuiltInCode.byId(c) != null).toList())
                .containsExactlyElementsOf(enumOrder);
    }
}
