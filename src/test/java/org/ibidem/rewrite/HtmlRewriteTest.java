package org.ibidem.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import org.ibidem.Analysis;
import org.ibidem.Ibidem;
import org.ibidem.IbidemOptions;
import org.junit.jupiter.api.Test;

/** Rewriting the notes of a small HTML page: spliced into the source, never re-serialized. */
class HtmlRewriteTest {

    private static final String PAGE = String.join("\n",
            "<!DOCTYPE html>",
            "<html><head><title>Cities</title></head><body>",
            "<p>Streets.<sup><a href=\"#fn1\" id=\"r1\">1</a></sup> Blocks.<sup><a href=\"#fn2\" id=\"r2\">2</a></sup>"
                    + " Parks.<sup><a href=\"#fn3\" id=\"r3\">3</a></sup></p>",
            "<ol>",
            "<li id=\"fn1\">Jane Doe, <em>Law &amp; Order in Most Cases</em> (London: Smith &amp; Sons, 1990),"
                    + " 421. <a href=\"#r1\">&#8617;</a></li>",
            "<li id=\"fn2\">See ibid., 425. <a href=\"#r2\">&#8617;</a></li>",
            "<li id=\"fn3\">Doe, <em>Law &amp; Order</em>, 430. <a href=\"#r3\">&#8617;</a></li>",
            "</ol>",
            "</body></html>", "");

    private static Rewrite rewrite(String text, String style) {
        return Ibidem.analyzeText("cities.html", text, IbidemOptions.defaults()).rewrite(style);
    }

    @Test
    void splicesTheCitationsIntoTheSourceAndKeepsTheRestByteForByte() {
        Rewrite r = rewrite(PAGE, "chicago-notes-bibliography");
        assertThat(r.text()).startsWith(PAGE.substring(0, PAGE.indexOf("<li id=\"fn1\">")))
                .contains("<li id=\"fn1\">Jane Doe, <em>Law &amp; Order in Most Cases</em> (Smith &amp; Sons, "
                        + "1990), 421. <a href=\"#r1\">&#8617;</a></li>")
                .contains("<li id=\"fn2\">See Doe, <em>Law &amp; Order in Most Cases</em>, 425. "
                        + "<a href=\"#r2\">&#8617;</a></li>")
                .endsWith("</ol>\n</body></html>\n");
        assertThat(r.left()).isEmpty();
    }

    @Test
    void italicsFollowTheElementTheDocumentUses() {
        Rewrite r = rewrite(PAGE.replace("<em>", "<i>").replace("</em>", "</i>"), "chicago-notes-bibliography");
        assertThat(r.text()).contains("See Doe, <i>Law &amp; Order in Most Cases</i>, 425.");
    }

    @Test
    void escapesTheCharactersOfHtml() {
        assertThat(HtmlMarkup.escape("Brace & World <1>")).isEqualTo("Brace &amp; World &lt;1&gt;");
    }

    @Test
    void theRewrittenPageReadsBackAsTheSameWorksAndPlaces() {
        Analysis before = Ibidem.analyzeText("cities.html", PAGE, IbidemOptions.defaults());
        Rewrite r = before.rewrite("mhra-notes");
        Analysis after = Ibidem.analyzeText("cities.html", r.text(), IbidemOptions.defaults());
        assertThat(r.changes()).isNotEmpty();
        assertThat(after.notes()).hasSameSizeAs(before.notes());
        for (int n = 0; n < before.notes().size(); n++) {
            assertThat(after.notes().get(n).citations()).extracting(c -> c.sourceId() + " " + c.locator())
                    .isEqualTo(before.notes().get(n).citations().stream()
                            .map(c -> c.sourceId() + " " + c.locator()).toList());
        }
    }

    @Test
    void rewritingTwiceChangesNothingTheSecondTime() {
        for (String style : new String[] {"chicago-notes-bibliography", "mhra-notes",
                "chicago-notes-bibliography-subsequent-ibid-17th-edition"}) {
            Rewrite once = rewrite(PAGE, style);
            assertThat(rewrite(once.text(), style).changes()).as(style).isEmpty();
        }
    }
}
