package org.ibidem.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.ibidem.HangDetector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class HtmlExtractorTest {

    static Stream<Arguments> shapes() {
        return Stream.of(
                Arguments.of("blog.html", List.of("1", "2", "3"), List.of(
                        "Mary Beard, SPQR (New York: Liveright, 2015), 12.",
                        "Ibid., 14—15.",
                        "The Rivers & The Roads, 3.")),
                Arguments.of("wiki.html", List.of("1", "2"), List.of(
                        "Jane Roe, Bridges of the North (London: Small Press, 1999), 4.",
                        "Roe, Bridges, 9.")),
                Arguments.of("word.html", List.of("1"), List.of("Ann Lee, Ferries, 7.")),
                Arguments.of("gutenberg.html", List.of("7", "8", "9"), List.of(
                        "Annals of the Town, p. 4.",
                        "Ibid. p. 5.",
                        "A note nothing points to.")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void readsLabelsAndCleanTextOfEachShape(String file, List<String> labels, List<String> texts) {
        Document doc = Fixtures.read(file);
        assertThat(doc.format()).isEqualTo(InputFormat.HTML);
        assertThat(doc.notes()).extracting(Note::label).containsExactlyElementsOf(labels);
        assertThat(doc.notes()).extracting(Note::text).containsExactlyElementsOf(texts);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        blog.html      | 1 5:23, 2 6:53, 3 8:9
        wiki.html      | 1 2:34, 2 2:194
        word.html      | 1 4:45
        gutenberg.html | 7 2:29, 8 3:7
        """)
    void placesMarkersAtTheirSupOrLinkStartTag(String file, String expected) {
        Document doc = Fixtures.read(file);
        assertThat(doc.markers()).extracting(m -> m.label() + " " + m.position())
                .containsExactly(expected.split(", "));
    }

    @Test
    void pairsSuperscriptsThatLinkNowhereWithNumberedParagraphsUnderANotesHeading() {
        Document doc = new HtmlExtractor().extract("plain.html", """
                <p>Beard says so.<sup>1</sup> Shen disagrees.<sup>2</sup> In the 1<sup>st</sup> place, x<sup>3</sup>.</p>
                <h2>Notes</h2>
                <p>1. Mary Beard, <em>SPQR</em> (New York: Liveright, 2015), 12.</p>
                <p><sup>2</sup> Ibid., 14.</p>
                <h2>Index</h2>
                <p>3. Not a note.</p>
                """);
        assertThat(doc.notes()).extracting(Note::label, Note::text).containsExactly(
                tuple("1", "Mary Beard, SPQR (New York: Liveright, 2015), 12."), tuple("2", "Ibid., 14."));
        assertThat(doc.notes()).extracting(n -> n.position().toString()).containsExactly("3:1", "4:1");
        assertThat(doc.markers()).extracting(m -> m.label() + " " + m.position()).containsExactly("1 1:18", "2 1:46");
    }

    @Test
    void readsTheItemsOfAListUnderAnEndnotesHeadingAsNotes() {
        Document doc = new HtmlExtractor().extract("list.html", "<p>A.<sup>1</sup> B.<sup>2</sup></p>"
                + "<h3>Endnotes</h3><ol><li>Mary Beard, <em>SPQR</em>, 12.</li><li>Ibid., 14.</li></ol>");
        assertThat(doc.notes()).extracting(Note::label, Note::text).containsExactly(
                tuple("1", "Mary Beard, SPQR, 12."), tuple("2", "Ibid., 14."));
        assertThat(doc.markers()).extracting(Marker::label).containsExactly("1", "2");
    }

    @Test
    void takesNoListForNotesWithoutANotesHeading() {
        Document doc = new HtmlExtractor().extract("list.html",
                "<p>x<sup>2</sup></p><h3>Steps</h3><ol><li>One.</li><li>Two.</li></ol>");
        assertThat(doc.notes()).isEmpty();
        assertThat(doc.markers()).isEmpty();
    }

    @Test
    void numbersListItemsAsABrowserDoes() {
        Document doc = new HtmlExtractor().extract("start.html", "<p>A.<sup><a href=\"#fn-a\">3</a></sup></p>"
                + "<ol start=\"3\"><li id=\"fn-a\">One.</li><li id=\"fn-b\">Two.</li>"
                + "<li id=\"fn-c\" value=\"10\">Ten.</li><li id=\"fn-d\">Eleven.</li></ol>");
        assertThat(doc.notes()).extracting(Note::label).containsExactly("3", "4", "10", "11");
    }

    @Test
    void numbersAListOfOneHundredThousandNotesWithoutHanging() {
        StringBuilder html = new StringBuilder("<p>Text.</p><ol>");
        for (int i = 1; i <= 100_000; i++) {
            html.append("<li id=\"fn").append(i).append("\">Ibid., ").append(i).append(".</li>");
        }
        html.append("</ol>");
        Document doc = HangDetector.withinCpuTime(Duration.ofSeconds(30), "100,000 list items",
                () -> new HtmlExtractor().extract("long.html", html.toString()));
        assertThat(doc.notes()).hasSize(100_000);
        assertThat(doc.notes().get(99_999).label()).isEqualTo("100000");
    }

    @Test
    void readsANoteOfAMegabyteOfEntitiesWithoutHanging() {
        String html = "<p>A.<sup><a href=\"#fn1\">1</a></sup></p><ol><li id=\"fn1\">Beard, "
                + "&amp;".repeat(200_000) + " 12.</li></ol>";
        Document doc = HangDetector.withinCpuTime(Duration.ofSeconds(10), "a megabyte of &amp;",
                () -> new HtmlExtractor().extract("amp.html", html));
        Note n = doc.notes().get(0);
        assertThat(n.text()).isEqualTo("Beard, " + "&".repeat(200_000) + " 12.");
        assertThat(html.substring(n.textMap().toSource(n.text().lastIndexOf('&')))).startsWith("&amp; 12.");
    }

    @Test
    void skipsLinksThatAreNotNoteMarkers() {
        Document doc = Fixtures.read("blog.html");
        assertThat(doc.markers()).extracting(Marker::label).doesNotContain("section 2", "↩︎");
    }

    @Test
    void placesNotesAtTheirElements() {
        Document blog = Fixtures.read("blog.html");
        assertThat(blog.notes()).extracting(n -> n.position().toString()).containsExactly("11:1", "13:1", "14:1");
        assertThat(blog.text().substring(blog.notes().get(0).position().offset())).startsWith("<li id=\"fn1\">");
        // Word's footnote is the <div> around its paragraph; Gutenberg's the <p> that holds the anchor.
        assertThat(Fixtures.read("word.html").notes().get(0).position()).hasToString("7:1");
        assertThat(Fixtures.read("gutenberg.html").notes().get(0).position()).hasToString("6:1");
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        blog.html      | 0 | SPQR    | 11:33
        blog.html      | 0 | 2015    | 12:1
        wiki.html      | 0 | Bridges | 4:137
        word.html      | 0 | Ann Lee | 8:272
        word.html      | 0 | Ferries | 8:313
        gutenberg.html | 0 | Annals  | 7:43
        gutenberg.html | 1 | Ibid    | 9:43
        """)
    void mapsNoteTextBackToTheFile(String file, int note, String word, String position) {
        Document doc = Fixtures.read(file);
        Note n = doc.notes().get(note);
        Fixtures.assertMapsBack(doc, n, word);
        assertThat(doc.positionIn(n, n.text().indexOf(word))).hasToString(position);
    }

    @Test
    void findsAGutenbergNoteWhoseBracketFollowsWhiteSpaceAndEmptyElementsButNotOneInRunningText() {
        // Blocks are tested from their first visible character before their whole text is joined.
        Document doc = new HtmlExtractor().extract("g.html", "<html><body><p>Text.</p>\n<div>\n  <p>\n"
                + "   <a name=\"n3\"></a> [Footnote 3: Beard, <i>SPQR</i>, 12.]</p></div>\n"
                + "<p>Beard, [Footnote 4: not a note.]</p></body></html>");
        assertThat(doc.notes()).extracting(Note::label, Note::text).containsExactly(tuple("3", "Beard, SPQR, 12."));
    }

    @Test
    void mapsEveryAmpersandOfARunOfEntities() {
        Document doc = new HtmlExtractor().extract("amp.html",
                "<p>A.<sup><a href=\"#fn1\">1</a></sup></p><ol><li id=\"fn1\">R&amp;&amp;&amp;D &amp;c &ampx &lt;&lt;.</li></ol>");
        Note n = doc.notes().get(0);
        assertThat(n.text()).isEqualTo("R&&&D &c &x <<.");
        assertThat(doc.text().substring(n.textMap().toSource(3))).startsWith("&amp;D");
        assertThat(doc.text().substring(n.textMap().toSource(n.text().indexOf("<<") + 1))).startsWith("&lt;.");
    }

    @Test
    void mapsDecodedEntitiesToTheirAmpersand() {
        Document doc = Fixtures.read("blog.html");
        Note n = doc.notes().get(1);
        assertThat(doc.positionIn(n, n.text().indexOf('—'))).hasToString("13:26");
        Document gutenberg = Fixtures.read("gutenberg.html");
        Note ibid = gutenberg.notes().get(1);
        int space = ibid.text().indexOf("p. 5") + 2; // the &nbsp;, folded to a space
        assertThat(gutenberg.positionIn(ibid, space)).hasToString("9:55");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        blog.html      | 0 | SPQR
        blog.html      | 2 | The Rivers, The Roads
        wiki.html      | 0 | Bridges of the North
        word.html      | 0 | Ferries
        gutenberg.html | 1 | Ibid
        """)
    void recordsItalicsAsEmphasis(String file, int note, String expected) {
        assertThat(Fixtures.emphasized(Fixtures.read(file).notes().get(note))).containsExactly(expected.split(", "));
    }

    @Test
    void dropsBacklinksFromTheNoteText() {
        Document wiki = Fixtures.read("wiki.html");
        assertThat(wiki.notes()).extracting(Note::text).noneMatch(t -> t.contains("^"));
        assertThat(Fixtures.read("blog.html").notes().get(0).text()).doesNotContain("↩");
    }

    @Test
    void numbersListItemsAsTheBrowserDoes() {
        Document doc = new HtmlExtractor().extract("start.html",
                "<p>A.<sup><a href=\"#n4\">4</a></sup> B.<sup><a href=\"#n5\">5</a></sup></p>"
                        + "<ol start=\"4\"><li id=\"n4\">Four.</li><li id=\"n5\">Five.</li></ol>");
        assertThat(doc.notes()).extracting(Note::number, Note::text)
                .containsExactly(tuple(4, "Four."), tuple(5, "Five."));
    }

    @Test
    void keepsAMarkerWhoseNoteIsMissing() {
        Document doc = new HtmlExtractor().extract("dangling.html",
                "<p>Claim.<sup><a href=\"#fn9\">9</a></sup></p>");
        assertThat(doc.notes()).isEmpty();
        assertThat(doc.markers()).extracting(Marker::label).containsExactly("9");
    }

    @Test
    void javadocExampleHolds() {
        Document doc = new HtmlExtractor().extract("post.html",
                "<p>Text.<sup><a href=\"#fn1\">1</a></sup></p>"
                        + "<ol><li id=\"fn1\">Mary Beard, <em>SPQR</em>, 12.</li></ol>");
        assertThat(doc.notes().get(0).text()).isEqualTo("Mary Beard, SPQR, 12.");
        assertThat(doc.markers().get(0).label()).isEqualTo("1");
    }

    @Test
    void takesTheNoteFromTheBlockAfterAnEmptyAnchorParagraphAndDropsItsReturnLink() {
        Document doc = new HtmlExtractor().extract("book.html", """
                <p>A tennis player, <a href="#note-40" name="ref-40" id="ref-40"><small>40</small></a> and
                a dancer.<a href="#note-41" name="ref-41" id="ref-41"><small>41</small></a></p>
                <p><a name="note-40" id="note-40"><!-- Note --></a></p>
                <p class="foot">40 (<a href="#ref-40">return</a>)<br /> [ Diary of a Clerk, Dec. 28, 1663.]</p>
                <p><a name="note-41" id="note-41"><!-- Note --></a></p>
                <p class="foot">41 (<a href="#ref-41">return</a>)<br /> [ Clerk, ii. 12; see [the appendix].]</p>
                """);
        assertThat(doc.notes()).extracting(Note::number, Note::text).containsExactly(
                tuple(40, "Diary of a Clerk, Dec. 28, 1663."),
                tuple(41, "Clerk, ii. 12; see [the appendix]."));
        assertThat(doc.markers()).extracting(Marker::label).containsExactly("40", "41");
        Fixtures.assertMapsBack(doc, doc.notes().get(1), "ii. 12");
    }

    @Test
    void labelsANoteByItsMarkerNotByItsPlaceInAListThatBeginsPartWay() {
        Document doc = new HtmlExtractor().extract("chapter.html", """
                <p>Text.<a href="endnotes.xhtml#note-256" id="noteref-256" epub:type="noteref">256</a>
                More.<a href="endnotes.xhtml#note-257" id="noteref-257" epub:type="noteref">257</a></p>
                <ol>
                <li id="note-256"><p>Martin, II, 161. <a href="chapter.xhtml#noteref-256">↩</a></p></li>
                <li id="note-257"><p>Ibid., 162. <a href="chapter.xhtml#noteref-257">↩</a></p></li>
                </ol>
                """);
        assertThat(doc.notes()).extracting(Note::number, Note::text).containsExactly(
                tuple(256, "Martin, II, 161."), tuple(257, "Ibid., 162."));
        assertThat(doc.markers()).extracting(Marker::label).containsExactly("256", "257");
    }

    @Test
    void labelsAListItemByItsNumberNotByTheLetterOfABacklink() {
        Document doc = new HtmlExtractor().extract("wiki.html", """
                <ol>
                <li id="cite_note-1"><span class="mw-cite-backlink"><a href="#cite_ref-1a">a</a>
                <a href="#cite_ref-1b">b</a></span> Roe, Bridges, 9.</li>
                </ol>
                """);
        assertThat(doc.notes()).extracting(Note::label, Note::text).containsExactly(tuple("1", "Roe, Bridges, 9."));
    }
}
