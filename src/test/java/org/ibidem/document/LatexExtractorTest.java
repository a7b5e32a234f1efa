package org.ibidem.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LatexExtractorTest {

    private final Document chapter = Fixtures.read("chapter.tex");

    @Test
    void readsOnlyTheBodyNotThePreambleDefinitionsVerbatimOrWhatFollowsTheEnd() {
        assertThat(chapter.format()).isEqualTo(InputFormat.LATEX);
        assertThat(chapter.notes()).hasSize(5);
        assertThat(chapter.notes()).extracting(Note::text)
                .noneMatch(t -> t.contains("not a note") || t.contains("Old:") || t.contains("definition")
                        || t.contains("after the end"));
    }

    @Test
    void numbersLikeLatexWithOptionalNumbersAndChapterResets() {
        assertThat(chapter.notes())
                .extracting(Note::index, Note::number, Note::label, Note::chapter)
                .containsExactly(
                        tuple(1, 1, "1", "Of Rivers"),
                        tuple(2, 2, "2", "Of Rivers"),
                        tuple(3, 7, "7", "Of Rivers"),
                        tuple(4, 3, "3", "Of Rivers"),
                        tuple(5, 1, "1", "Of Roads"));
    }

    @Test
    void cleansTheTextAsTypeset() {
        assertThat(chapter.notes()).extracting(Note::text).containsExactly(
                "Mary Beard, SPQR: A History of Ancient Rome (New York: Liveright, 2015), 12.",
                "Op. cit., p. 14–15.",
                "Café Gödel, ça & à ö, “quoted”—dash.",
                "Ibid., 15.",
                "Numbering starts again.");
    }

    @Test
    void recordsEmphasisFromCommandsAndDeclarations() {
        assertThat(Fixtures.emphasized(chapter.notes().get(0))).containsExactly("SPQR: A History of Ancient Rome");
        assertThat(Fixtures.emphasized(chapter.notes().get(1))).containsExactly("Op. cit.");
        assertThat(Fixtures.emphasized(chapter.notes().get(2))).containsExactly("Café");
    }

    @Test
    void placesMarkersAtTheBackslashAndNotesAtTheirArgument() {
        assertThat(chapter.markers()).extracting(m -> m.label() + " " + m.position())
                .containsExactly("1 9:17", "2 11:8", "7 13:7", "3 17:8", "1 20:7");
        assertThat(chapter.notes()).extracting(n -> n.position().toString())
                .containsExactly("9:26", "12:3", "13:19", "17:17", "20:16");
        assertThat(chapter.markers()).allMatch(m -> chapter.text().startsWith("\\footnote", m.position().offset()));
    }

    @Test
    void mapsNoteTextBackToTheFile() {
        Note first = chapter.notes().get(0);
        Fixtures.assertMapsBack(chapter, first, "Liveright");
        assertThat(chapter.positionIn(first, first.text().indexOf("Liveright"))).hasToString("10:14");
        Note opCit = chapter.notes().get(1);
        Fixtures.assertMapsBack(chapter, opCit, "cit");
        // "é" comes from \'e: it maps to the accent command's backslash.
        Note cafe = chapter.notes().get(2);
        assertThat(chapter.text().substring(cafe.textMap().toSource(cafe.text().indexOf('é')))).startsWith("\\'e");
    }

    static Stream<Arguments> conversions() {
        return Stream.of(
                Arguments.of("``It is so,'' he said", "“It is so,” he said"),
                Arguments.of("pp.~364--365", "pp. 364–365"),
                Arguments.of("a---b", "a—b"),
                Arguments.of("\\&\\ \\%\\ \\$\\ \\_ \\#", "& % $ _ #"),
                Arguments.of("Op.\\ cit.\\ p.~403", "Op. cit. p. 403"),
                Arguments.of("\\'e \\`a \\^o \\\"u \\~n \\c{c} \\v{s} \\u{g} \\H{o} \\={a} \\.{z}", "é à ô ü ñ ç š ğ ő ā ż"),
                Arguments.of("{\\\"o}ffentlich \\'{\\i}ndice", "öffentlich índice"),
                Arguments.of("\\ss\\ \\ae{} \\o{} \\AA{} \\l{}", "ß æ ø Å ł"),
                Arguments.of("Text\\index{Text}\\label{fn:x} goes on", "Text goes on"),
                Arguments.of("see % a comment\n  p.~3", "see p. 3"),
                Arguments.of("a\\ldots b", "a…b"),
                Arguments.of("of `convention.' D'Alembert's", "of ‘convention.’ D'Alembert's"),
                Arguments.of("\\S\\,18", "§ 18"),
                Arguments.of("\\href{https://example.org}{The Site}", "The Site"),
                Arguments.of("\\url{https://example.org/a_b}", "https://example.org/a_b"),
                Arguments.of("\\textbf{Bold} and \\textsc{Caps}", "Bold and Caps"),
                Arguments.of("one\n\n  two", "one two"),
                Arguments.of("$n$~times", "n times"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("conversions")
    void convertsTexToWhatTheReaderSees(String argument, String expected) {
        Document doc = new LatexExtractor().extract("note.tex", "Text.\\footnote{" + argument + "}\n");
        assertThat(doc.notes()).extracting(Note::text).containsExactly(expected);
    }

    @Test
    void readsTheArgumentOnTheNextLineAfterAComment() {
        Document doc = new LatexExtractor().extract("dp.tex", "Word.\\footnote%\n  {\\textit{Ibid.}}\n");
        assertThat(doc.notes()).extracting(Note::text).containsExactly("Ibid.");
    }

    @Test
    void pairsFootnoteMarkWithFootnoteText() {
        Document doc = new LatexExtractor().extract("mark.tex",
                "A table cell\\footnotemark{} and another.\\footnote{Second.}\n\\footnotetext[1]{First.}\n");
        assertThat(doc.markers()).extracting(Marker::label).containsExactly("1", "2");
        assertThat(doc.notes()).extracting(Note::label, Note::text)
                .containsExactly(tuple("2", "Second."), tuple("1", "First."));
    }

    @Test
    void reportsAnUnclosedFootnoteAndReadsItToTheEnd() {
        Document doc = new LatexExtractor().extract("broken.tex", "Text.\\footnote{Never {closed.\n\nMore text.");
        assertThat(doc.notes()).extracting(Note::text).containsExactly("Never closed. More text.");
        assertThat(doc.problems()).extracting(DocumentProblem::code, p -> p.position().toString())
                .containsExactly(tuple("unclosed-footnote", "1:6"));
    }

    @Test
    void keepsOrDropsArgumentsAsTheDocumentsOwnMacrosDo() {
        Document doc = new LatexExtractor().extract("dp.tex", "\\newcommand{\\DPtypo}[2]{#2}"
                + "\\newcommand{\\DPnote}[1]{}\\begin{document}X.\\footnote{p.~\\DPtypo{41}{14}\\DPnote{typo}.}"
                + "\\end{document}");
        assertThat(doc.notes()).extracting(Note::text).containsExactly("p. 14.");
    }

    @Test
    void printsTheTextOfTheDocumentsOwnMacrosOfNoArgument() {
        String source = "\\newcommand{\\ibid}{\\textit{Ibid.}}\\newcommand{\\HJ}{\\emph{Historical Journal}}"
                + "\\newcommand{\\loop}{\\loop x}\\newcommand{\\setup}{\\setlength{\\parindent}{0pt}}"
                + "\\begin{document}X.\\footnote{\\ibid, 211.} Y.\\footnote{See \\HJ{} 12 (1969): 4\\setup.}"
                + " Z.\\footnote{\\loop.}\\end{document}";
        Document doc = new LatexExtractor().extract("m.tex", source);

        assertThat(doc.notes()).extracting(Note::text)
                .containsExactly("Ibid., 211.", "See Historical Journal 12 (1969): 4.", "xxxxxxxx.");
        Note first = doc.notes().get(0);
        assertThat(first.emphasis()).isEqualTo(List.of(new TextSpan(0, 5)));
        // The macro's text stands where the macro is used.
        assertThat(source.substring(first.textMap().toSource(first.text().indexOf('b')))).startsWith("\\ibid, 211");
        Note second = doc.notes().get(1);
        assertThat(second.emphasis()).isEqualTo(List.of(new TextSpan(4, 22)));
    }

    @Test
    void placesTheTextOfAMacroUsedInsideAnotherWhereTheOuterOneIsUsed() {
        String source = "\\newcommand{\\HJ}{\\emph{Historical Journal}}\\newcommand{\\IH}{\\textit{Ibid.}, \\HJ}"
                + "\\begin{document}Text text text.\\footnote{\\IH{} 4.}\\end{document}";
        Note note = new LatexExtractor().extract("m.tex", source).notes().get(0);

        assertThat(note.text()).isEqualTo("Ibid., Historical Journal 4.");
        assertThat(source.substring(note.textMap().toSource(note.text().indexOf("Journal")))).startsWith("\\IH{} 4.");
    }

    @Test
    void javadocExampleHolds() {
        Document doc = new LatexExtractor().extract("ch7.tex",
                "Text.\\footnote\n  {\\textit{Op.\\ cit.}\\ p.~403.}\n");
        assertThat(doc.notes().get(0).text()).isEqualTo("Op. cit. p. 403.");
        assertThat(doc.notes().get(0).emphasis()).isEqualTo(List.of(new TextSpan(0, 8)));
        assertThat(doc.markers().get(0).position()).hasToString("1:6");
    }

    @Test
    void keepsAFootciteAsANoteOfItsKeyAndNotesAndReportsIt() {
        Document doc = new LatexExtractor().extract("cite.tex", "\\begin{document}\n"
                + "Text.\\footcite[see][45]{beard2015} More.\\footnote{Compare \\cite[12]{shen2016}.}\n\\end{document}\n");
        assertThat(doc.notes()).extracting(Note::label, Note::text)
                .containsExactly(tuple("1", "see beard2015, 45"), tuple("2", "Compare shen2016, 12."));
        assertThat(doc.markers()).extracting(m -> m.label() + " " + m.position()).containsExactly("1 2:6", "2 2:41");
        assertThat(doc.problems()).extracting(DocumentProblem::code, p -> p.position().toString())
                .containsExactly(tuple("citation-key", "2:6"), tuple("citation-key", "2:59"));
        assertThat(doc.problems().get(0).message()).contains("\\footcite{beard2015}");
        Note first = doc.notes().get(0);
        assertThat(doc.text().substring(first.textMap().toSource(first.text().indexOf("45")))).startsWith("45]");
    }

    @Test
    void numbersEndnotesWithACounterOfTheirOwn() {
        Document doc = new LatexExtractor().extract("end.tex", "\\begin{document}\n"
                + "A.\\endnote{Mary Beard, \\emph{SPQR}, 12.} B.\\endnote{Ibid., 14.}\n\\end{document}\n");
        assertThat(doc.notes()).extracting(Note::label, Note::text)
                .containsExactly(tuple("1", "Mary Beard, SPQR, 12."), tuple("2", "Ibid., 14."));
        assertThat(doc.markers()).extracting(Marker::label).containsExactly("1", "2");
    }

    @Test
    void keepsTheNameAMacroPrintsWhenItAlsoIndexesIt() {
        String tex = """
                \\documentclass{book}
                \\newcommand{\\namefont}[1]{\\textsc{#1}}
                \\renewcommand{\\person}[2]{%
                  \\def\\tst{#1}
                  \\ifx\\tst\\empty
                  \\namefont{#2}\\index{#2}
                  \\else
                  \\namefont{#2}\\index{#1}
                  \\fi}
                \\begin{document}
                Text.\\footnote{Cf.\\ \\person{Lee, A.~B.}{A.~B.\\ Lee,} \\emph{Canals}, London, 1898.}
                \\end{document}
                """;
        Document doc = new LatexExtractor().extract("book.tex", tex);
        assertThat(doc.notes()).extracting(Note::text)
                .containsExactly("Cf. A. B. Lee, Canals, London, 1898.");
        Fixtures.assertMapsBack(doc, doc.notes().get(0), "Lee,");
    }

    @Test
    void readsAMacroThatWrapsFootnoteAsAFootnote() {
        String tex = """
                \\documentclass{article}
                \\newcommand*{\\fn}[1]{\\footnote{#1}}
                \\begin{document}
                Text.\\fn{Ann Lee, \\emph{Canals} (London, 1999), 4.} More.\\fn{Ibid., 9.}
                \\end{document}
                """;
        Document doc = new LatexExtractor().extract("paper.tex", tex);
        assertThat(doc.notes()).extracting(Note::number, Note::text).containsExactly(
                org.assertj.core.api.Assertions.tuple(1, "Ann Lee, Canals (London, 1999), 4."),
                org.assertj.core.api.Assertions.tuple(2, "Ibid., 9."));
        assertThat(doc.markers()).hasSize(2);
        Fixtures.assertMapsBack(doc, doc.notes().get(0), "Canals");
    }
}
