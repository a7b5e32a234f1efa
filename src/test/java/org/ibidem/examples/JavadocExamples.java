package org.ibidem.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ibidem.*;
import org.ibidem.bibtex.*;
import org.ibidem.citation.*;
import org.ibidem.diagnostic.*;
import org.ibidem.document.*;
import org.ibidem.export.*;
import org.ibidem.reference.*;
import org.ibidem.resolution.*;
import org.ibidem.rewrite.*;
import org.ibidem.style.*;

/**
 * The {@code <pre>{@code …}</pre>} examples of the exported API's Javadoc, verbatim, so that the compiler checks
 * them: each method body is one example, and the variables an example takes as given (a document, a formatter)
 * are the method's parameters. Nothing here runs (the examples name files that need not exist);
 * {@link JavadocExamplesTest} checks that every example in the Javadoc appears here, so an example edited in one
 * place and not the other fails the build.
 */
@SuppressWarnings({"unused", "deprecation"})
final class JavadocExamples {

    private JavadocExamples() {
    }

    /** The example of {@code Analysis}. */
    void analysis() throws Exception {
        Analysis a = Ibidem.analyze(Path.of("essay.txt"));
        for (ResolvedNote n : a.notes()) {
            System.out.println(n.note().number() + " " + n.citations());
        }
    }

    /** The example of {@code Ibidem}. */
    void ibidem() throws Exception {
        Analysis a = Ibidem.analyze(Path.of("essay.txt"));
        a.sources().size();                       // distinct works cited
        a.diagnostics().forEach(d -> System.out.println(d.format("essay.txt")));
        String bib = a.bibliography("chicago", OutputFormat.TEXT).text();
        String bibtex = a.bibtex();

        Analysis b = Ibidem.analyzeText("Text.[1]\n\nNotes\n\n1. Mary Beard, SPQR (New York: Liveright, 2015), 12.\n");

        ProjectAnalysis book = Ibidem.analyzeProject(List.of(Path.of("ch1.md"), Path.of("ch2.md")));
        String merged = book.bibliography("chicago", OutputFormat.TEXT).text();   // one list for both chapters
    }

    /** The example of {@code Ibidem.analyzeProject}. */
    void analyzeProject(IbidemOptions options) throws Exception {
        ProjectAnalysis book = Ibidem.analyzeProject(List.of(Path.of("ch1.md"), Path.of("ch2.md")), options);
        book.chapters().get(1).notes();   // chapter 2's notes, with the project's source ids
        book.bibtex();                    // one entry per work of the book
    }

    /** The example of {@code ProjectAnalysis}. */
    void projectAnalysis() throws Exception {
        ProjectAnalysis book = Ibidem.analyzeProject(List.of(Path.of("ch1.md"), Path.of("ch2.md")));
        String bib = book.bibliography("chicago", OutputFormat.TEXT).text();   // one list for the book
        book.findings().forEach(f -> System.out.println(f.format()));          // ch2.md:9:4: warning[...]: ...
        for (Analysis chapter : book.chapters()) {
            System.out.println(chapter.document().name() + ": " + chapter.notes().size() + " notes");
        }
    }

    /** The example of {@code resolution.ProjectResolution}. */
    void projectResolution(List<ParsedNote> parsed1, List<ParsedNote> parsed2) throws Exception {
        ProjectResolution p = new ProjectResolver().resolve(List.of("ch1.md", "ch2.md"), List.of(parsed1, parsed2));
        p.documents().get(1).notes();   // chapter 2's notes; a short form of a work given in full in chapter 1
                                        // points at that work's id
        p.sources();                    // every work once, in order of first citation over the chapters
    }

    /** The example of {@code resolution.ProjectResolver}. */
    void projectResolver() throws Exception {
        List<ParsedNote> ch1 = new NoteParser().parseAll(Documents.read(Path.of("ch1.md")));
        List<ParsedNote> ch2 = new NoteParser().parseAll(Documents.read(Path.of("ch2.md")));
        ProjectResolution p = new ProjectResolver().resolve(List.of("ch1.md", "ch2.md"), List.of(ch1, ch2));
        p.sources().size();   // works cited in the two chapters, each once
    }

    /** The example of {@code SourceScope}. */
    void sourceScope() throws Exception {
        Analysis a = Ibidem.analyze(Path.of("essay.md"));
        a.unmatchedSources();                                   // the works known only from such short forms
        a.bibliography("chicago", OutputFormat.TEXT);           // without them
        a.bibliography("chicago", OutputFormat.TEXT, SourceScope.ALL);   // with them
    }

    /** The example of {@code IbidemOptions}. */
    void ibidemOptions(Path path) throws Exception {
        IbidemOptions options = IbidemOptions.defaults()
                .withFamilyNameFirst(true)
                .withCheck(CheckOptions.defaults().without("ibid-without-period"));
        Analysis a = Ibidem.analyze(path, options);
    }

    /** The example of {@code reference.CslField}. */
    void cslField(Reference reference, Reference.Builder builder) throws Exception {
        CslField.CONTAINER_TITLE.variable();        // "container-title"
        CslField.AUTHOR.kind();                      // Kind.NAMES
        CslField.ISSUED.date(reference);             // the PartialDate, or null
        CslField.PAGE.set(builder, "189-225");       // the same as builder.page("189-225")
        CslField.fromVariable("publisher-place");    // CslField.PUBLISHER_PLACE
    }

    /** The example of {@code reference.CslJson}. */
    void cslJson(Reference reference) throws Exception {
        Map<String, Object> item = CslJson.toMap(reference);
        item.get("type");   // "book"
        Reference back = CslJson.fromMap(item);   // equal to reference
    }

    /** The example of {@code reference.ItemTrait}. */
    void itemTrait() throws Exception {
        ItemType.BOOK.has(ItemTrait.NEEDS_PUBLICATION_FACTS);    // true
        ItemType.LEGAL_CASE.has(ItemTrait.FIRST_PAGE_ONLY);      // true: "340 U.S. 1" opens on page 1
        ItemType.withTrait(ItemTrait.PUBLISHED_AS_A_VOLUME);     // [BOOK, REPORT]
    }

    /** The example of {@code reference.ItemType}. */
    void itemType() throws Exception {
        ItemType.ARTICLE_JOURNAL.cslName();   // "article-journal"
        ItemType.fromCslName("book");          // ItemType.BOOK
        ItemType.LEGAL_CASE.cslName();        // "legal_case": CSL spells a few types with an underscore
        ItemType.MOTION_PICTURE.cslName();    // "motion_picture"
        ItemType.BOOK.has(ItemTrait.NEEDS_PUBLICATION_FACTS);   // true
    }

    /** The example of {@code reference.Locator}. */
    void locator() throws Exception {
        Locator pages = Locator.page("79-80, 85-86");
        pages.isList();   // true: a bare "Ibid." after it cannot say which page it means
    }

    /** The example of {@code reference.Name}. */
    void name() throws Exception {
        Name shen = Name.of("Shen", "Zhihua");
        Name board = Name.literal("People's Press Editorial");
        shen.displayName();   // "Zhihua Shen"
    }

    /** The example of {@code reference.PartialDate}. */
    void partialDate() throws Exception {
        PartialDate.of(1956, 12, 29).toIso();   // "1956-12-29"
        PartialDate.ofYear(2016).toIso();        // "2016"
    }

    /** The example of {@code reference.Reference}. */
    void reference() throws Exception {
        Reference shen = Reference.builder(ItemType.BOOK)
                .id("shen2016")
                .authors(List.of(Name.of("Shen", "Zhihua")))
                .title("Reviewing and Reconsidering the History of Sino-Soviet Relations")
                .publisherPlace("Beijing").publisher("Social Sciences Academic Press")
                .issued(PartialDate.ofYear(2016))
                .build();
    }

    /** The example of {@code document.Document}. */
    void document() throws Exception {
        Document doc = Documents.read(Path.of("essay.txt"));
        doc.notes().size();     // 22
        doc.markers().size();   // 22
    }

    /** The example of {@code document.Documents}. */
    void documents() throws Exception {
        Document doc = Documents.read(Path.of("examples/brothers-no-more-notes.txt"));
        Document tex = Documents.read(Path.of("chapter.txt"), InputFormat.LATEX);   // --from latex
        doc.format();   // TEXT
    }

    /** The example of {@code document.DocxExtractor}. */
    void docxExtractor() throws Exception {
        Document doc = new DocxExtractor().extract("thesis.docx", Files.readAllBytes(Path.of("thesis.docx")));
        Note first = doc.notes().get(0);
        first.position();             // 58:1, the first footnote's paragraph, after 57 body paragraphs
        doc.markers().get(0).position(); // 3:112, paragraph 3, character 112
    }

    /** The example of {@code document.HtmlExtractor}. */
    void htmlExtractor() throws Exception {
        Document doc = new HtmlExtractor().extract("post.html",
                "<p>Text.<sup><a href=\"#fn1\">1</a></sup></p>"
                + "<ol><li id=\"fn1\">Mary Beard, <em>SPQR</em>, 12.</li></ol>");
        doc.notes().get(0).text();   // "Mary Beard, SPQR, 12."
        doc.markers().get(0).label(); // "1"
    }

    /** The example of {@code document.InputFormat}. */
    void inputFormat(String html) throws Exception {
        InputFormat.fromName("md");                       // MARKDOWN, as for --from md
        InputFormat.forFileName("ch7.tex");               // Optional[LATEX]
        Document doc = Documents.extractorFor(InputFormat.HTML).extract("notes.html", html);
    }

    /** The example of {@code document.LatexExtractor}. */
    void latexExtractor() throws Exception {
        Document doc = new LatexExtractor().extract("ch7.tex",
                "Text.\\footnote\n  {\\textit{Op.\\ cit.}\\ p.~403.}\n");
        doc.notes().get(0).text();       // "Op. cit. p. 403."
        doc.notes().get(0).emphasis();   // [TextSpan[start=0, end=8]]
        doc.markers().get(0).position(); // 1:6
    }

    /** The example of {@code document.LineIndex}. */
    void lineIndex() throws Exception {
        LineIndex index = new LineIndex("a\nbc");
        index.position(3);   // 2:2
    }

    /** The example of {@code document.MarkdownExtractor}. */
    void markdownExtractor() throws Exception {
        Document doc = new MarkdownExtractor().extract("essay.md",
                "Text.[^1]\n\n[^1]: Mary Beard, *SPQR* (New York: Liveright, 2015), 12.\n");
        doc.notes().get(0).text();       // "Mary Beard, SPQR (New York: Liveright, 2015), 12."
        doc.notes().get(0).emphasis();   // [TextSpan[start=12, end=16]]
    }

    /** The example of {@code document.Marker}. */
    void marker(Document doc) throws Exception {
        Marker m = doc.markers().get(13);
        m.label();      // "14"
        m.position();   // 38:512
    }

    /** The example of {@code document.Note}. */
    void note(String text) throws Exception {
        Document doc = new PlainTextExtractor().extract("essay.txt", text);
        Note first = doc.notes().get(0);
        first.number();   // 1, the number a reader sees
        first.text();     // "Zhihua Shen, Reviewing and ... (Beijing: ..., 2016), 141."
    }

    /** The example of {@code document.NoteExtractor}. */
    void noteExtractor(Path path, Path docxPath) throws Exception {
        NoteExtractor extractor = new PlainTextExtractor();
        Document doc = extractor.extract("essay.txt", Files.readString(path));
        Document docx = Documents.extractorFor(InputFormat.DOCX).extract("essay.docx", Files.readAllBytes(docxPath));
    }

    /** The example of {@code document.PlainTextExtractor}. */
    void plainTextExtractor() throws Exception {
        Document doc = new PlainTextExtractor().extract("essay.txt", "Text.[1]\n\n[1] Ibid.\n");
        doc.notes().get(0).text();   // "Ibid."
    }

    /** The example of {@code document.SourcePosition}. */
    void sourcePosition() throws Exception {
        SourcePosition p = new SourcePosition(1234, 71, 1);
        p.toString();   // "71:1"
    }

    /** The example of {@code document.TextMap}. */
    void textMap() throws Exception {
        TextMap.Builder b = new TextMap.Builder();
        b.run(0, 120, 5);      // text[0..5) came from file[120..125)
        b.run(6, 130, 10);     // text[6..16) came from file[130..140) (text[5] was an inserted space)
        b.build().toSource(7); // 131
    }

    /** The example of {@code citation.Citation}. */
    void citation() throws Exception {
        for (Citation c : new NoteParser().parse("Ibid., 45.")) {
            if (c instanceof IbidCitation ibid) {
                ibid.locator();   // page 45
            }
        }
    }

    /** The example of {@code citation.FullCitation}. */
    void fullCitation(String text) throws Exception {
        FullCitation c = (FullCitation) new NoteParser().parse(text).get(0);
        c.reference().publisher();   // "Social Sciences Academic Press"
        c.locator().value();         // "141"
    }

    /** The example of {@code citation.IbidCitation}. */
    void ibidCitation() throws Exception {
        IbidCitation ibid = (IbidCitation) new NoteParser().parse("Ibid, 321-322.").get(0);
        ibid.form();      // "Ibid" (no period: a house-style rule may say so)
        ibid.locator();   // page 321-322
    }

    /** The example of {@code citation.NameOrder}. */
    void nameOrder() throws Exception {
        NameOrder order = NameOrder.familyFirst(Set.of("Chen Jian", "Wu Lengxi"));
        order.isFamilyFirst("Chen Jian");   // true
        order.isFamilyFirst("Zhihua Shen"); // false
        NameOrder.givenFirst(Set.of("Ma Jun")).isGivenFirst("Ma Jun"); // true: never read family name first
    }

    /** The example of {@code citation.NoteParser}. */
    void noteParser() throws Exception {
        NoteParser parser = new NoteParser();
        List<Citation> cs = parser.parse("Zhihua Shen, Reviewing and Reconsidering the History of Sino-Soviet "
                + "Relations (Beijing: Social Sciences Academic Press, 2016), 141.");
        FullCitation c = (FullCitation) cs.get(0);
        c.reference().authors().get(0).family();   // "Shen"
        c.locator().value();                       // "141"
    }

    /** The example of {@code citation.ShortCitation}. */
    void shortCitation() throws Exception {
        ShortCitation s = (ShortCitation) new NoteParser().parse("Mao, Selected Works of Mao Tse-Tung Vol 5, 322.").get(0);
        s.authors().get(0).family();   // "Mao"
        s.title();                     // "Selected Works of Mao Tse-Tung"
        s.volume();                    // "5"
    }

    /** The example of {@code citation.CitationKind}. */
    void citationKind() throws Exception {
        Citation c = new NoteParser().parse("Ibid., 45.").get(0);
        c.kind();              // CitationKind.IBID
        c.kind().jsonName();   // "ibid", as notes --json writes it
    }

    /** The example of {@code citation.CrossReference}. */
    void crossReference() throws Exception {
        CrossReference x = (CrossReference) new NoteParser().parse("Smith, supra note 3, at 45.").get(0);
        x.form();                        // Form.NOTE
        x.note();                        // 3
        x.authors().get(0).family();     // "Smith"
    }

    /** The example of {@code resolution.ResolutionFlag}. */
    void resolutionFlag(Analysis analysis) throws Exception {
        ResolvedCitation idem = analysis.notes().get(1).citations().get(0);
        idem.flags();   // [AUTHORS_OF_PREVIOUS_WORK]: "Idem, Reconstruction (New York: Harper, 1988), 12."
        idem.work();    // that citation's work, its authors those of the work cited before it
    }

    /** The example of {@code resolution.Resolution}. */
    void resolution(List<ParsedNote> parsedNotes) throws Exception {
        Resolution r = new Resolver().resolve(parsedNotes);
        r.source("shen2016").title();   // "Reviewing and Reconsidering the History of Sino-Soviet Relations"
    }

    /** The example of {@code resolution.ResolvedCitation}. */
    void resolvedCitation(Analysis analysis) throws Exception {
        ResolvedCitation r = analysis.notes().get(13).citations().get(0);
        r.sourceId();            // "shen2016"
        r.antecedent().index(); // 13: the note it leans on
        r.locator();             // page 11-22, inherited from note 13
        r.locatorInherited();    // true
    }

    /** The example of {@code resolution.Resolver}. */
    void resolver(List<ParsedNote> parsedNotes) throws Exception {
        Resolution r = new Resolver().resolve(parsedNotes);
        r.sources().size();   // distinct works, each with an id such as "shen2016"
    }

    /** The example of {@code resolution.Titles}. */
    void titles() throws Exception {
        Titles.spelledDifferently("The Sino-Soviet Split", "The Sino-Sovet Split");   // true

        Titles.Prepared first = Titles.prepare("The Sino-Soviet Split");            // folded once,
        Titles.spelledDifferently(first, Titles.prepare("The Sino-Sovet Split"));   // compared many times
    }

    /** The example of {@code diagnostic.BuiltInCode}. */
    void builtInCode() throws Exception {
        BuiltInCode code = BuiltInCode.byId("short-form-unmatched");   // SHORT_FORM_UNMATCHED
        code.defaultSeverity();                                         // ERROR
        CheckOptions options = CheckOptions.defaults().without(code.id());
    }

    /** The example of {@code diagnostic.ChainRule}. */
    void chainRule() throws Exception {
        ChainRule noUrls = new ChainRule() {
            public List<RuleCode> codes() {
                return List.of(new RuleCode("no-urls", Severity.WARNING, "a note gives a URL"));
            }
            public void check(CheckContext context, DiagnosticSink sink) {
                for (ResolvedNote n : context.notes()) {
                    if (n.note().text().contains("http")) {
                        sink.report("no-urls", n.note(), "note gives a URL");
                    }
                }
            }
        };
        CheckOptions options = CheckOptions.defaults().withRule(noUrls);
    }

    /** The example of {@code diagnostic.ChainValidator}. */
    void chainValidator(Document doc, Resolution resolution) throws Exception {
        List<Diagnostic> found = new ChainValidator(CheckOptions.defaults()).check(new CheckContext(doc, resolution));
    }

    /** The example of {@code diagnostic.CheckOptions}. */
    void checkOptions() throws Exception {
        CheckOptions options = CheckOptions.defaults()
                .withSeverity("note-without-marker", Severity.ERROR)
                .without("ibid-without-period");
    }

    /** The example of {@code diagnostic.Diagnostic}. */
    void diagnostic(Analysis analysis) throws Exception {
        Diagnostic d = analysis.diagnostics().get(0);
        d.format("essay.txt");
        // essay.txt:72:1: error[ibid-after-multiple]: note 15 says "Ibid." but note 14 cites 2 works
    }

    /** The example of {@code diagnostic.NoteChecker}. */
    void noteChecker(DiagnosticSink sink) throws Exception {
        NoteChecker checker = new NoteChecker() {
            public void citation(ResolvedNote note, ResolvedCitation c) {
                if (c.citation() instanceof UnparsedCitation) {
                    sink.report("no-unparsed", note.note(), "a citation the parser could not read");
                }
            }
        };
    }

    /** The example of {@code diagnostic.NoteRule}. */
    void noteRule() throws Exception {
        NoteRule noUrls = new NoteRule() {
            public List<RuleCode> codes() {
                return List.of(new RuleCode("no-urls", Severity.WARNING, "a note gives a URL"));
            }
            public NoteChecker start(CheckContext context, DiagnosticSink sink) {
                return new NoteChecker() {
                    public void note(ResolvedNote n) {
                        if (n.note().text().contains("http")) {
                            sink.report("no-urls", n.note(), "note gives a URL");
                        }
                    }
                };
            }
        };
    }

    /** The example of {@code diagnostic.ReadingCodes}. */
    void readingCodes() throws Exception {
        ReadingCodes.all();   // unreadable-file, unreadable-docx
    }

    /** The example of {@code style.BibliographyFormatter}. */
    void bibliographyFormatter(Reference shen) throws Exception {
        BibliographyFormatter formatter = new BibliographyFormatter();
        FormattedBibliography bib = formatter.format(List.of(shen), "chicago", OutputFormat.HTML);
        bib.styleId();   // "chicago-notes-bibliography"
        bib.text();      // <div class="csl-entry">Shen, Zhihua. <i>Reviewing and Reconsidering the History of
                         //   Sino-Soviet Relations</i>. Social Sciences Academic Press, 2016.</div>
        bib.omitted();   // the works the style lists no entry for, e.g. an unpublished speech in Chicago
    }

    /** The example of {@code style.CitationFormatter}. */
    void citationFormatter(Reference shen, Cite first, Cite other) throws Exception {
        CitationFormatter formatter = new CitationFormatter();
        formatter.format(new Cite(shen, Locator.page("141"), CitePosition.FIRST), "chicago", OutputFormat.TEXT);
        // Zhihua Shen, Reviewing and Reconsidering the History of Sino-Soviet Relations (Social Sciences Academic
        //   Press, 2016), 141.
        formatter.format(new Cite(shen, Locator.page("11-22"), CitePosition.SUBSEQUENT), "chicago", OutputFormat.TEXT);
        // Shen, Reviewing and Reconsidering the History of Sino-Soviet Relations, 11–22.
        formatter.formatNote(List.of(first, other), "chicago", OutputFormat.TEXT, "de-DE");   // "…, 141; …"
    }

    /** The example of {@code style.CitationFormatter.session}. */
    void citationFormatterSession(CitationFormatter formatter, Reference shen, Reference rush) throws Exception {
        CitationFormatter.Session ieee = formatter.session("ieee", OutputFormat.TEXT, null);
        ieee.format(new Cite(shen, Locator.page("141"), CitePosition.FIRST));   // "[1, p. 141]"
        ieee.format(new Cite(rush, null, CitePosition.FIRST));                  // "[2]"
        ieee.format(new Cite(shen, null, CitePosition.SUBSEQUENT));             // "[1]"
        ieee.bibliography().entries().get(1);   // "[2] M. Rush, “After Khrushchev: …"
    }

    /** The example of {@code style.Cite}. */
    void cite(Reference shen) throws Exception {
        Cite first = new Cite(shen, Locator.page("141"), CitePosition.FIRST);
        Cite again = new Cite(shen, Locator.page("11-22"), CitePosition.SUBSEQUENT);
    }

    /** The example of {@code style.CitePosition}. */
    void citePosition() throws Exception {
        CitePosition p = new CitePosition(CitePosition.Kind.IBID, true, 3);
        p.tests("subsequent");   // true
        p.tests("ibid");         // true
        p.tests("first");        // false
    }

    /** The example of {@code style.FormattedBibliography}. */
    void formattedBibliography(BibliographyFormatter formatter, List<Reference> refs) throws Exception {
        FormattedBibliography bib = formatter.format(refs, "chicago", OutputFormat.TEXT);
        bib.entries().size();   // one entry per reference the style lists
        bib.omitted();          // the others, e.g. an unpublished speech, which Chicago cites in notes only
        bib.text();             // the entries, one per line
    }

    /** The example of {@code style.OutputFormat}. */
    void outputFormat(BibliographyFormatter formatter, List<Reference> refs) throws Exception {
        FormattedBibliography html = formatter.format(refs, "chicago", OutputFormat.HTML);
        html.entries().get(0);   // "Shen, Zhihua. <i>Reviewing and Reconsidering ...</i> ..."
    }

    /** The example of {@code style.ResolvedStyle}. */
    void resolvedStyle() throws Exception {
        ResolvedStyle s = new StyleResolver().resolve("chicago");
        s.id();       // "chicago-notes-bibliography"
        s.origin();   // Origin.BUNDLED, unless styles/chicago-notes-bibliography.csl exists
    }

    /** The example of {@code style.StyleResolver}. */
    void styleResolver() throws Exception {
        StyleResolver resolver = new StyleResolver(Path.of("styles"));
        resolver.resolve("chicago").id();      // "chicago-notes-bibliography"
        resolver.resolve("mla").origin();      // BUNDLED
        resolver.resolve("house.csl").file();  // Path of ./house.csl
    }

    /** The example of {@code style.Styles}. */
    void styles() throws Exception {
        Styles.aliases();                        // {chicago=chicago-notes-bibliography, apa=apa, mla=...}
        Styles.isBundled("chicago-notes-bibliography");   // true
        Styles.search("oscola");                 // oscola, oscola-no-ibid, ... with their titles
    }

    /** The example of {@code style.BundledStyle}. */
    void bundledStyle() throws Exception {
        for (BundledStyle s : Styles.search("harvard")) {
            System.out.println(s.id() + "\t" + s.title());   // harvard-cite-them-right, then a tab and its title
        }
    }

    /** The example of {@code style.CslLocales}. */
    void cslLocales() throws Exception {
        CslLocales.bundled();            // [af-ZA, ar, bal-PK, ..., de-AT, de-CH, de-DE, ..., zh-TW]
        CslLocales.require("de-de");     // "de-DE"
        CslLocales.require("klingon");   // IllegalArgumentException: Unknown locale 'klingon'. Bundled locales: ...
    }

    /** The example of {@code bibtex.BibTeXExporter}. */
    void bibTeXExporter() throws Exception {
        Reference shen = Reference.builder(ItemType.BOOK)
                .authors(List.of(Name.of("Shen", "Zhihua")))
                .title("Reviewing and Reconsidering the History of Sino-Soviet Relations")
                .publisherPlace("Beijing").publisher("Social Sciences Academic Press")
                .issued(PartialDate.ofYear(2016))
                .build();
        String bib = new BibTeXExporter().export(List.of(shen));   // "@book{shen2016,\n\tauthor = {Shen, Zhihua}, …"
        String biblatex = new BibTeXExporter().dialect(BibTeXExporter.Dialect.BIBLATEX)
                .onWarning(System.err::println).export(List.of(shen));   // "… date = {2016}, …"
    }

    /** The example of {@code export.ExportFormat}. */
    void exportFormat() throws Exception {
        ExportFormat.fromName("csl-json");   // CSL_JSON
        ExportFormat.RIS.fileExtension();     // "ris"
    }

    /** The example of {@code export.Exporter}. */
    void exporter() throws Exception {
        Analysis a = Ibidem.analyze(Path.of("essay.md"));
        String ris = Exporter.of(ExportFormat.RIS).export(a.sources());
        Exporter.of(ExportFormat.BIBTEX).ascii(true).onWarning(System.err::println)
                .export(a.sources(), Files.newBufferedWriter(Path.of("essay.bib")));
    }

    /** The example of {@code export.CslJsonText}. */
    void cslJsonText(Analysis analysis) throws Exception {
        String json = CslJsonText.write(analysis.sources());
        List<Reference> refs = CslJsonText.read(Files.newBufferedReader(Path.of("zotero.json")));
        String bib = Exporter.of(ExportFormat.BIBLATEX).export(refs);
    }

    /** The example of {@code style.NoteStyle}. */
    void noteStyle(Reference shen) throws Exception {
        NoteStyle chicago = NoteStyle.load("chicago-notes-bibliography-subsequent-ibid");
        chicago.format(shen, Locator.page("141"), CitePosition.FIRST, OutputFormat.TEXT);
        // "Zhihua Shen, Reviewing and Reconsidering ... (Social Sciences Academic Press, 2016), 141"
        chicago.format(shen, null, new CitePosition(CitePosition.Kind.IBID, true, 2), OutputFormat.TEXT);  // "ibid."
    }

    /** The example of {@code rewrite.Change}. */
    void change(Analysis analysis) throws Exception {
        for (Change c : analysis.rewrite("mhra-notes").changes()) {
            System.out.println(c.note().displayName() + ": " + c.original() + " -> " + c.replacement());
        }
    }

    /** The example of {@code rewrite.LeftCitation}. */
    void leftCitation(Rewrite rewrite, Document document) throws Exception {
        for (LeftCitation l : rewrite.left()) {
            SourcePosition at = document.positionIn(l.note(), l.offset());
            System.err.println("note " + l.note().displayName() + ": " + l.explanation());
        }
    }

    /** The example of {@code rewrite.NoteRewriter}. */
    void noteRewriter(Document document, Resolution resolution) throws Exception {
        Rewrite r = new NoteRewriter(NoteStyle.load("mhra-notes")).rewrite(document, resolution,
                text -> readAgain(text));   // the caller's parser and resolver
    }

    private static NoteRewriter.Read readAgain(String text) {
        throw new UnsupportedOperationException("stands for the caller's parser and resolver");
    }

    /** The example of {@code rewrite.Positions}. */
    void positions() throws Exception {
        List<List<CitePosition>> p = Positions.compute(List.of(
                new Positions.NoteCites(1, null, List.of(new Positions.Cite("smith", "page 4"))),
                new Positions.NoteCites(2, null, List.of(new Positions.Cite("smith", "page 5")))), 5);
        p.get(1).get(0).kind();   // IBID_WITH_LOCATOR
    }

    /** The example of {@code rewrite.Rewrite}. */
    void rewrite() throws Exception {
        Rewrite r = Ibidem.analyze(Path.of("essay.md")).rewrite("chicago-notes-bibliography");
        Files.write(Path.of("essay-chicago.md"), r.bytesLike(Files.readAllBytes(Path.of("essay.md"))));
        r.rewritten();   // citations re-rendered (changed or already in that form)
        r.left();        // those left as written, each with its reason
    }

    /** The example of {@code rewrite.KeyRewriter}. */
    void keyRewriter(Document document, Resolution resolution) throws Exception {
        Rewrite r = new KeyRewriter(Map.of("smith-1999", "smith1999")).rewrite(document, resolution);
        r.text();   // "[^3]: [@smith1999, 45]\n"
    }
    /** The example of {@code document.DocxEditor}. */
    void docxEditor(byte[] bytes) throws Exception {
        DocxEditor e = DocxEditor.open("thesis.docx", bytes);
        int at = e.document().text().indexOf("Ibid., 12");
        if (e.editable(at, at + 9)) {
            e.replace(at, at + 9, List.of(new DocxEditor.Piece("Beard, ", false), new DocxEditor.Piece("SPQR", true),
                    new DocxEditor.Piece(", 12", false)));
        }
        byte[] rewritten = e.toBytes();   // every other zip entry as it was
    }

    /** The example of {@code rewrite.Rewrite#bytesLike}, for a .docx. */
    void rewriteDocx() throws Exception {
        byte[] docx = Files.readAllBytes(Path.of("thesis.docx"));
        Analysis a = Ibidem.analyze(Path.of("thesis.docx"));
        Rewrite r = a.rewrite("chicago-notes-bibliography", IbidemOptions.defaults(), docx);
        Files.write(Path.of("thesis-chicago18.docx"), r.bytesLike(docx));
    }

    /** The example of {@code Analysis#rewrite(String, IbidemOptions, byte[])}. */
    void analysisRewriteDocx() throws Exception {
        byte[] docx = Files.readAllBytes(Path.of("thesis.docx"));
        Analysis a = Ibidem.analyze(Path.of("thesis.docx"));
        Rewrite r = a.rewrite("mhra-notes", IbidemOptions.defaults(), docx);
        Files.write(Path.of("thesis-mhra.docx"), r.bytesLike(docx));
    }
}
