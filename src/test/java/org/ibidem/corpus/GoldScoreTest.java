package org.ibidem.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * {@link GoldScore} on a small answer file written here, whose counts {@code ../shared/tools/score.py} gives on
 * the same two files: so the port stays faithful where the shared corpus is absent.
 */
class GoldScoreTest {
    // Two works (Beard, Hume); a third gold work read as Hume's (a merge); a volume in front of the page; a
    // volume in the citation's own field; a short form that introduces its work; curly quotes, an en dash and
    // CSL tags that normalise away.
    private static final String GOLD = """
            {"document": "x.md",
             "sources": {"beard": {"type": ["book"], "author": [{"family": "Beard", "given": "Mary"}], "title": "SPQR: A History", "publisher": ["Liveright", "Liveright Publishing"], "issued": [2015]},
                         "hume": {"type": ["book"], "title": "History of England", "volume": "2"},
                         "other": {}},
             "notes": [{"n": 1, "kind": "full", "source": "beard", "locator": "12–14"},
                       {"n": 2, "kind": "ibid", "source": "beard", "locator": "15"},
                       {"n": 3, "citations": [{"kind": "full", "source": "hume", "locator": "141", "volume": "II"},
                                              {"kind": "full", "source": "other", "locator": null}]},
                       {"n": 4, "kind": "short", "source": "hume", "locator": "7", "volume": "iii"},
                       {"n": 5, "kind": "short", "source": null, "locator": "*", "expect_diagnostic": ["warning"]}]}
            """;
    private static final String PROJECT = """
            {"notes": [{"number": 1, "index": 1, "label": "1", "citations": [{"kind": "full", "source": "b", "locator": "12-14"}]},
                       {"number": 2, "index": 2, "label": "2", "citations": [{"kind": "ibid", "source": "b", "locator": "15."}]},
                       {"number": 3, "index": 3, "label": "3", "citations": [{"kind": "full", "source": "h", "locator": "vol. II, p. 141"},
                                                                              {"kind": "full", "source": "h", "locator": null}]},
                       {"number": 4, "index": 4, "label": "4", "citations": [{"kind": "Short", "source": "h", "locator": "7", "volume": "III"}]},
                       {"number": 5, "index": 5, "label": "5", "citations": [{"kind": "short", "source": "z", "status": "introduced", "locator": "9"}]}],
             "sources": [{"id": "b", "type": "book", "author": [{"family": "Beard", "given": "Mary"}], "title": "<i>SPQR</i>: A History.", "publisher": "Liveright Publishing", "issued": {"date-parts": [[2015, 3]]}},
                         {"id": "h", "type": "book", "title": "\\u201cHistory of England\\u201d", "volume": 2}],
             "diagnostics": [{"severity": "warning", "code": "x", "note": 5, "index": 5}, {"severity": "error", "code": "y", "note": 2, "index": 2}]}
            """;

    @Test
    void countsWhatScorePyCountsOnTheSameFiles() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode gold = json.readTree(GOLD);
        JsonNode project = json.readTree(PROJECT);

        GoldScore.Result r = GoldScore.score(gold, project);

        // python3 ../shared/tools/score.py gold.json proj.json --never-fail
        assertThat(r.line()).isEqualTo(
                "chains=5/6 locators=6/6 kinds=6/6 fields=7/8 diagnostics=1/1 errors=1 sources=2 by=number");
        assertThat(r.misses()).anySatisfy(m -> assertThat(m).startsWith("merge: works hume and other"))
                .anySatisfy(m -> assertThat(m).startsWith("field beard.issued"));
    }

    @Test
    void roundsPercentagesHalfEvenAsPythonFormatsThem() {
        assertThat(GoldScore.percent(1, 400)).isEqualTo("0.2%");
        assertThat(GoldScore.percent(528, 1140)).isEqualTo("46.3%");
        assertThat(GoldScore.percent(3, 8)).isEqualTo("37.5%");
        assertThat(GoldScore.percent(0, 0)).isEqualTo("0.0%");
    }
}
