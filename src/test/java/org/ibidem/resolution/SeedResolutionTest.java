package org.ibidem.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.ibidem.Analysis;
import org.ibidem.SeedDocument;
import org.ibidem.reference.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How the 22 notes of the seed resolve, as a resolver table (STYLE.md point 8): one row per note, read on the
 * examples copy and on the whole essay.
 */
class SeedResolutionTest {

    /**
     * note | kind | antecedent (the note it leans on) | locator ("(same)": inherited by a bare ibid) | the note
     * that gives its work in full.
     */
    private static final String TABLE = """
             1 | full  |    |                    |  1
             2 | full  |    | 141                |  2
             3 | short |  1 |                    |  1
             4 | ibid  |  3 |                    |  1
             5 | full  |    | 79-80, 85-86       |  5
             6 | full  |    | 17                 |  6
             7 | full  |    | 286                |  7
             8 | ibid  |  7 | 321-322            |  7
             9 | full  |    |                    |  9
            10 | ibid  |  9 |                    |  9
            11 | short |  7 | 322                |  7
            12 | full  |    | 18-22              | 12
            13 | short |  2 | 11-22              |  2
            14 | ibid  | 13 | 11-22 (same)       |  2
            15 | full  |    | 282                | 15
            16 | short |  7 | 345                |  7
            17 | short |  2 | 85                 |  2
            18 | ibid  | 17 | 125                |  2
            19 | full  |    |                    | 19
            20 | full  |    | 326                | 20
            21 | full  |    |                    | 21
            22 | ibid  | 21 |                    | 21
            """;

    /** One row of the table. */
    record Row(int note, String kind, Integer antecedent, String locator, boolean inherited, int workOf,
               String line) {

        static Row parse(String line) {
            String[] cells = Arrays.stream(line.split("\\|", -1)).map(String::strip).toArray(String[]::new);
            String locator = cells[3].isEmpty() ? null : cells[3];
            boolean inherited = locator != null && locator.endsWith("(same)");
            if (inherited) {
                locator = locator.substring(0, locator.length() - "(same)".length()).strip();
            }
            return new Row(Integer.parseInt(cells[0]), cells[1], cells[2].isEmpty() ? null : Integer.valueOf(cells[2]),
                    locator, inherited, Integer.parseInt(cells[4]), line.strip());
        }

        @Override
        public String toString() {
            return line;
        }
    }

    static List<Row> rows() {
        return TABLE.lines().filter(l -> !l.isBlank()).map(Row::parse).toList();
    }

    static Stream<Arguments> documentsAndRows() {
        return Arrays.stream(SeedDocument.values())
                .flatMap(doc -> rows().stream().map(row -> Arguments.of(doc, row)));
    }

    private static ResolvedCitation onlyCitationOf(Analysis analysis, int number) {
        ResolvedNote note = analysis.notes().stream().filter(n -> n.note().number() == number).findFirst()
                .orElseThrow(() -> new AssertionError("no note " + number));
        assertThat(note.citations()).as("citations of note %d", number).hasSize(1);
        return note.citations().get(0);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("documentsAndRows")
    void resolvesTheNoteAsTheTableSays(SeedDocument document, Row row) {
        Analysis analysis = document.analysis();
        ResolvedCitation c = onlyCitationOf(analysis, row.note());
        String workId = onlyCitationOf(analysis, row.workOf()).sourceId();

        assertThat(c.kind().jsonName()).as("kind").isEqualTo(row.kind());
        assertThat(c.status().isResolved()).as("resolved (status %s)", c.status()).isTrue();
        assertThat(c.sourceId()).as("source").isNotNull().isEqualTo(workId);
        Integer antecedent = row.kind().equals("full") || c.antecedent() == null ? null
                : c.antecedent().number();
        assertThat(antecedent).as("antecedent").isEqualTo(row.antecedent());
        assertThat(c.locator() == null ? null : c.locator().value()).as("locator").isEqualTo(row.locator());
        if (row.locator() != null) {
            assertThat(c.locator().label()).as("locator label").isEqualTo("page");
        }
        assertThat(c.locatorInherited()).as("locator inherited").isEqualTo(row.inherited());
    }

    @ParameterizedTest
    @EnumSource(SeedDocument.class)
    void findsElevenDistinctWorksInOrderOfFirstCitation(SeedDocument document) {
        Analysis analysis = document.analysis();
        List<String> definingNotes = rows().stream().filter(r -> r.kind().equals("full"))
                .map(r -> onlyCitationOf(analysis, r.note()).sourceId()).toList();

        assertThat(analysis.sources()).hasSize(11);
        assertThat(analysis.sources()).extracting(Reference::id).doesNotHaveDuplicates()
                .containsExactlyElementsOf(definingNotes);
    }

    @ParameterizedTest
    @EnumSource(SeedDocument.class)
    void keepsTheTwoEditorialsOfPeoplesPressApart(SeedDocument document) {
        Analysis analysis = document.analysis();
        Reference december = analysis.resolution().source(onlyCitationOf(analysis, 9).sourceId());
        Reference february = analysis.resolution().source(onlyCitationOf(analysis, 19).sourceId());

        assertThat(december.id()).isNotEqualTo(february.id());
        assertThat(december.title()).startsWith("Rediscussing");
        assertThat(february.title()).startsWith("Reaction");
    }

    @ParameterizedTest
    @EnumSource(SeedDocument.class)
    void keepsTheVolumesOfSelectedWorksApart(SeedDocument document) {
        Analysis analysis = document.analysis();

        assertThat(analysis.resolution().source(onlyCitationOf(analysis, 7).sourceId()).volume()).isEqualTo("5");
        assertThat(analysis.resolution().source(onlyCitationOf(analysis, 20).sourceId()).volume()).isEqualTo("7");
        assertThat(onlyCitationOf(analysis, 20).sourceId()).isNotEqualTo(onlyCitationOf(analysis, 7).sourceId());
    }

    @Test
    void readsTheSameWorksFromTheNotesCopyAsFromTheWholeEssay() {
        List<Reference> whole = SeedDocument.WHOLE_ESSAY.analysis().sources();

        assertThat(SeedDocument.NOTES_COPY.analysis().sources()).containsExactlyElementsOf(whole);
    }
}
