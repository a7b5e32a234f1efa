package org.ibidem.rewrite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ibidem.reference.CslJson;
import org.ibidem.reference.Locator;
import org.ibidem.reference.Reference;
import org.ibidem.style.CitePosition;
import org.ibidem.style.NoteStyle;
import org.ibidem.style.OutputFormat;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code position_*} fixtures of the CSL processor test suite ({@code citation-style-language/test-suite},
 * {@code processor-tests/humans}, commit {@code 13724f9}), run through Ibidem's position logic and rendered cite
 * by cite with each fixture's style: every citation must come out as the suite expects. The suite has no licence
 * file, so it is read from the folder named by {@code -Dibidem.cslTestSuite} or {@code IBIDEM_CSL_TEST_SUITE}
 * (as {@code style.CslTestSuiteTest} reads it; {@code .ci/run} fetches it when it can), and each fixture is
 * skipped, visibly, without it.
 *
 * <p>The fixtures run are those in citation mode whose positions a document of notes can produce. Left out:
 * {@code position_IbidInText} (citations outside notes), {@code position_ResetNoteNumbers} (citations inserted
 * before earlier ones, an editor's operation), {@code position_IbidWithPrefixFullStop} (capitalisation after a
 * prefix, not positions), {@code position_FalseInBibliography}, {@code position_TrueInCitation} and
 * {@code position_IbidWithSuffix} (bibliography mode, or nothing to place), and the near-note fixtures that need
 * citeproc-js's abbreviation plug-in.
 *
 * <p>As in a document, consecutive citations with the same note index form one note; a citation is rendered as
 * its cites (item prefix, cite, item suffix) joined by the layout's delimiter, with the layout's suffix, and
 * capitalised when it opens its note.
 */
class CslPositionFixturesTest {

    private static final List<String> FIXTURES = List.of("position_FirstTrueOnlyOnce.txt",
            "position_IbidSeparateCiteSameNote.txt", "position_IbidWithLocator.txt",
            "position_IbidWithMultipleSoloCitesInBackref.txt", "position_IfIbidIsTrueThenSubsequentIsTrue.txt",
            "position_IfIbidWithLocatorIsTrueThenIbidIsTrue.txt", "position_NearNoteSameNote.txt",
            "position_NearNoteFalse.txt");
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<String> fixtures() {
        return FIXTURES.stream();
    }

    private static Path suite() {
        String dir = System.getProperty("ibidem.cslTestSuite", System.getenv("IBIDEM_CSL_TEST_SUITE"));
        return dir == null || dir.isBlank() ? null : Path.of(dir);
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void rendersEveryCitationAsTheSuiteExpects(String fixture, @TempDir Path dir) throws IOException {
        Path suite = suite();
        assumeTrue(suite != null && Files.isRegularFile(suite.resolve(fixture)),
                "CSL test suite not found (set -Dibidem.cslTestSuite=…/processor-tests/humans): skipped");
        String text = Files.readString(suite.resolve(fixture), StandardCharsets.UTF_8);
        Path csl = dir.resolve("fixture.csl");
        // Positions are the same whatever the class; a fixture written for an in-text style is run as notes.
        Files.writeString(csl, section(text, "CSL").replace("class=\"in-text\"", "class=\"note\""),
                StandardCharsets.UTF_8);
        NoteStyle style = NoteStyle.load(csl.toString());
        Map<String, Reference> items = new HashMap<>();
        for (JsonNode item : JSON.readTree(section(text, "INPUT"))) {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = JSON.convertValue(item, Map.class);
            items.put(item.get("id").asText(), CslJson.fromMap(map));
        }
        List<JsonNode> citations = new ArrayList<>();
        List<Integer> noteIndexes = new ArrayList<>();
        String clusters = section(text, "CITATIONS");
        if (clusters != null) {
            for (JsonNode c : JSON.readTree(clusters)) {
                citations.add(c.get(0).get("citationItems"));
                noteIndexes.add(c.get(0).get("properties").get("noteIndex").asInt());
            }
        } else {
            for (JsonNode c : JSON.readTree(section(text, "CITATION-ITEMS"))) {
                citations.add(c);
                noteIndexes.add(noteIndexes.size() + 1);
            }
        }
        // Consecutive citations in the same note make one note of cites.
        List<Positions.NoteCites> notes = new ArrayList<>();
        List<Integer> noteOf = new ArrayList<>();
        List<Integer> offsetInNote = new ArrayList<>();
        List<Positions.Cite> current = new ArrayList<>();
        for (int i = 0; i < citations.size(); i++) {
            if (i > 0 && !noteIndexes.get(i).equals(noteIndexes.get(i - 1))) {
                notes.add(new Positions.NoteCites(noteIndexes.get(i - 1), null, current));
                current = new ArrayList<>();
            }
            noteOf.add(notes.size());
            offsetInNote.add(current.size());
            for (JsonNode item : citations.get(i)) {
                current.add(new Positions.Cite(item.get("id").asText(), locator(item) == null ? null
                        : locator(item).label() + " " + locator(item).value()));
            }
        }
        notes.add(new Positions.NoteCites(noteIndexes.get(noteIndexes.size() - 1), null, current));
        List<List<CitePosition>> positions = Positions.compute(notes, style.nearNoteDistance());

        String delimiter = layoutAttribute(section(text, "CSL"), "delimiter");
        List<String> rendered = new ArrayList<>();
        for (int i = 0; i < citations.size(); i++) {
            List<String> cites = new ArrayList<>();
            int k = offsetInNote.get(i);
            for (JsonNode item : citations.get(i)) {
                CitePosition p = positions.get(noteOf.get(i)).get(k++);
                cites.add(text(item, "prefix") + style.format(items.get(item.get("id").asText()), locator(item), p,
                        OutputFormat.TEXT) + text(item, "suffix"));
            }
            String citation = String.join(delimiter, cites);
            if (!citation.endsWith(style.layoutSuffix())) {
                citation += style.layoutSuffix();   // "ibid." takes no second period, as CSL processors do
            }
            if (offsetInNote.get(i) == 0 && !citation.isEmpty() && Character.isLowerCase(citation.charAt(0))) {
                citation = Character.toUpperCase(citation.charAt(0)) + citation.substring(1);
            }
            rendered.add(citation);
        }
        List<String> expected = new ArrayList<>();
        for (String line : section(text, "RESULT").strip().split("\n")) {
            expected.add(line.replaceFirst("^(\\.\\.|>>)\\[\\d+\\] ", ""));
        }
        assertThat(rendered).as(fixture).containsExactlyElementsOf(expected);
    }

    private static Locator locator(JsonNode item) {
        JsonNode value = item.get("locator");
        if (value == null) {
            return null;
        }
        JsonNode label = item.get("label");
        return new Locator(label == null ? "page" : label.asText(), value.asText());
    }

    private static String text(JsonNode item, String field) {
        JsonNode v = item.get(field);
        return v == null ? "" : v.asText();
    }

    private static String section(String text, String name) {
        Matcher m = Pattern.compile(">>=+ " + name + " =+>>\\n(.*?)<<=+ " + name + " =+<<", Pattern.DOTALL)
                .matcher(text);
        return m.find() ? m.group(1) : null;
    }

    private static String layoutAttribute(String csl, String attribute) {
        Matcher m = Pattern.compile("<citation[^>]*>\\s*<layout([^>]*)>", Pattern.DOTALL).matcher(csl);
        if (!m.find()) {
            return "";
        }
        Matcher a = Pattern.compile(attribute + "=\"([^\"]*)\"").matcher(m.group(1));
        return a.find() ? a.group(1) : "";
    }
}
