package org.ibidem.robustness;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ibidem.document.InputFormat;

/**
 * Small valid documents of every format, written by hand, that the fuzz tests start from and mutate. Each uses
 * the shapes of its format that the extractors must understand (Gutenberg's {@code [Footnote n: …]}, lettered
 * {@code [FN [a] …]} blocks, Markdown inline notes and front matter, Word's HTML anchors, {@code \footnotemark}
 * with {@code \footnotetext}, Word endnotes) and Chicago notes with ibid chains, short forms and commentary.
 */
final class SeedDocuments {

    /** A seed: a file name (its extension picks the format), its format, its content, and its note count. */
    record Seed(String name, InputFormat format, String text, byte[] bytes, int notes) {

        static Seed text(String name, InputFormat format, String text, int notes) {
            return new Seed(name, format, text, text.getBytes(StandardCharsets.UTF_8), notes);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final String PLAIN = """
            SPQR and its critics

            The Republic began in myth.[1] Its historians disagreed about much.[2] The point recurs.[3]
            Shen reads the split differently.[4] Both are right.[5] See the later chapter.[6] Again.[7]

            Notes

            [1] Mary Beard, _SPQR: A History of Ancient Rome_ (New York: Liveright, 2015), 12.
            [2] Ibid., 14.
            [3] Ibid.
            [4] Zhihua Shen, “Mao and the Sino-Soviet Split,” _Journal of Cold War Studies_ 5, no. 2
                (2003): 45–67, 50.
            [5] See also Beard, _SPQR_, 20; and Shen, “Mao and the Sino-Soviet Split,” 52.
            [6] This is commentary only, with no citation at all.
            [7] Ibid., 60.
            """;

    static final String GUTENBERG = """
            CHAPTER I

            The old writers were fond of notes.[Footnote 1: Tylor's “Primitive Culture,” 1873, vol. i.
            p. 474-5.] They cited each other freely.[Footnote 2: Ibid., p. 480.]

            CHAPTER II

            And the [a] lettered notes of Hume.[b]

            [FN [a] Girald. Cambr. p. 760.  [b] Ibid. p. 761.]

            NOTES

            1. Hoveden, p. 529. Diceto, p. 560.
            2 Ibid.
            ³ Madison's Works, vol. ii. p. 51.
            """;

    static final String MARKDOWN = """
            ---
            title: "Notes as scholars write them"
            ---

            # SPQR

            The Republic began in myth.[^1] Historians disagree.[^note] An inline one.^[Ibid., 3.]
            {% comment %} [^9] is not a marker here {% endcomment %} Liquid {{ page.title }} stays out.

            ```
            [^1] inside code is not a marker
            ```

            [^1]: Mary Beard, *SPQR: A History of Ancient Rome* (New York: Liveright, 2015), 12.
            [^note]: Ibid., _14_, and see <cite>SPQR</cite>, 20.
                A wrapped second paragraph of the same note.
            [^unused]: Zhihua Shen, “Mao and the Sino-Soviet Split,” *Journal of Cold War Studies* 5 (2003): 45.
            """;

    static final String HTML = """
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><title>Notes</title><style>p{}</style></head><body>
            <p>The Republic began in myth.<sup><a href="#fn1" id="fnref1">1</a></sup> Historians
            disagreed.<sup><a href="#fn2" id="fnref2">2</a></sup> And a Word export.<a href="#_ftn3" name="_ftnref3">[3]</a>
            A Gutenberg marker [<a href="#note-4">4</a>].</p>
            <ol class="footnotes">
            <li id="fn1"><p>Mary Beard, <em>SPQR: A History of Ancient Rome</em> (New York: Liveright, 2015), 12.
              <a href="#fnref1" class="footnote-back">↩</a></p></li>
            <li id="fn2"><p>Ibid., 14 &amp; 15&mdash;a comment. <a href="#fnref2" class="footnote-back">↩</a></p></li>
            </ol>
            <div style="mso-element:footnote" id="ftn3"><p><a href="#_ftnref3" name="_ftn3">[3]</a>
              Zhihua Shen, <span style="font-style: italic">Mao</span> (Beijing: People’s Press, 2016), 141.</p></div>
            <p><a name="note-4" id="note-4"></a>[Footnote 4: Ibid., 142.]</p>
            </body></html>
            """;

    static final String LATEX = """
            \\documentclass{book}
            \\newcommand{\\DPtypo}[2]{#2}
            \\newcommand{\\ignore}[1]{}
            % \\footnote{not a note: a comment}
            \\begin{document}
            \\chapter{The Republic}
            The Republic began in myth.\\footnote{Mary Beard, \\emph{SPQR: A History of Ancient Rome} (New York:
            Liveright, 2015), 12.} Historians disagree.\\footnote
              {Ibid., 14\\index{Beard}.} A mark.\\footnotemark{} And its text.
            \\footnotetext{Zhihua Shen, ``Mao and the \\DPtypo{Sino Soviet}{Sino-Soviet} Split,'' \\textit{Journal
            of Cold War Studies} 5, no.~2 (2003): 45--67, 50.}
            \\begin{verbatim}\\footnote{not a note}\\end{verbatim}
            \\chapter*{Second}
            Again.\\footnote[7]{Ibid., 60; see also G\\"unther \\'Ecole, {\\em Op.\\ cit.}\\ p.~403.}
            \\end{document}
            \\footnote{after the end: not a note}
            """;

    static final Docx.Parts DOCX_PARTS = Docx.parts(
            List.of(
                    Docx.bodyParagraph("The Republic began in myth.", 1),
                    Docx.bodyParagraph("Historians disagreed.", 2),
                    Docx.bodyParagraph("The point recurs.", 3),
                    Docx.bodyParagraphWithEndnote("An endnote too.", 1)),
            List.of(
                    Docx.note("footnote", 1, Docx.run(" Mary Beard, ", false)
                            + Docx.run("SPQR: A History of Ancient Rome", true)
                            + Docx.run(" (New York: Liveright, 2015), 12.", false)),
                    Docx.note("footnote", 2, Docx.run(" Ibid., 14.", false)),
                    Docx.note("footnote", 3, Docx.run(" Ibid.", false))),
            List.of(
                    Docx.note("endnote", 1, Docx.run(" Zhihua Shen, “Mao and the Sino-Soviet Split,” ", false)
                            + Docx.run("Journal of Cold War Studies", true)
                            + Docx.run(" 5, no. 2 (2003): 45–67, 50.", false))));

    static final byte[] DOCX = Docx.zip(DOCX_PARTS);

    /** Every seed, with the number of notes its extractor must find in it. */
    static List<Seed> all() {
        return List.of(
                Seed.text("essay.txt", InputFormat.TEXT, PLAIN, 7),
                Seed.text("gutenberg.txt", InputFormat.TEXT, GUTENBERG, 7),
                Seed.text("essay.md", InputFormat.MARKDOWN, MARKDOWN, 4),
                Seed.text("essay.html", InputFormat.HTML, HTML, 4),
                Seed.text("chapter.tex", InputFormat.LATEX, LATEX, 4),
                new Seed("thesis.docx", InputFormat.DOCX, null, DOCX, 4));
    }

    /** The seeds of one format. */
    static List<Seed> of(InputFormat format) {
        return all().stream().filter(s -> s.format() == format).toList();
    }
}
