/**
 * Ibidem reads hand-written Chicago-style footnotes back: it finds the notes of a document, parses each into
 * citations, resolves Ibid. and short forms, checks the citation chains, exports BibTeX and formats
 * bibliographies through CSL.
 *
 * <p>Start at {@link org.ibidem.Ibidem}. The exported packages are the facade ({@code org.ibidem}), the models
 * each stage produces ({@code reference}, {@code document}, {@code citation}, {@code resolution},
 * {@code diagnostic}, the last with the {@code ChainRule}/{@code NoteRule} interfaces for custom rules) and the
 * ways out ({@code style} for formatted bibliographies, {@code bibtex} for BibTeX, {@code export} for BibTeX,
 * BibLaTeX, CSL-JSON and RIS, and CSL-JSON in). The note parser's
 * machinery, the built-in check rules, the JSON plumbing ({@code json}) and the command line are not exported.
 *
 * <p>No dependency's type appears in an exported signature, so every {@code requires} but JSpecify's is plain: a user of this
 * module reads none of them. Classpath use (the {@code ./ibidem} launcher runs {@code java -jar}) ignores this
 * descriptor.
 *
 * <p>Nullness: the packages {@code org.ibidem}, {@code reference} and {@code citation} are {@code @NullMarked}
 * (JSpecify), and so are the model and rule-API types of {@code resolution}, {@code diagnostic}, {@code document},
 * {@code style} and {@code bibtex}, class by class, and the public methods of the stages {@code Documents},
 * {@code Resolver} and {@code BibliographyFormatter}; a value that may be absent says {@code @Nullable}.
 *
 * <p>Known limit on the module path: citeproc-java 3.5 looks its bundled CSL styles and locales up with
 * {@code CSL.class.getResource}, which in a named module searches citeproc-java's own jar only, so a bibliography
 * in a bundled style (chicago, apa, mla…) is not found there; notes, checks and BibTeX work. On the class path
 * (as {@code ./ibidem} runs) everything works.
 *
 * <p>A few public types of exported packages are public only so that a sibling package can use them and are not
 * meant for library users: {@code org.ibidem.ConfigFile} (the command line's configuration file),
 * {@code citation.Names} (name grammar shared with the parser and resolver), {@code reference.CslJson} and
 * {@code reference.CslField} (the one field table, shared by {@code style}, {@code bibtex} and the command
 * line), {@code resolution.Titles}, {@code style.Styles}, {@code diagnostic.ReadingCodes},
 * {@code document.Documents}, {@code document.DocumentProblem} and {@code document.DocxEditor} (what a
 * rewrite writes a .docx with).
 */
module org.ibidem {
    exports org.ibidem;
    exports org.ibidem.reference;
    exports org.ibidem.document;
    exports org.ibidem.citation;
    exports org.ibidem.resolution;
    exports org.ibidem.diagnostic;
    exports org.ibidem.style;
    exports org.ibidem.bibtex;
    exports org.ibidem.export;
    exports org.ibidem.rewrite;

    // Nullness annotations on the exported API: a consumer's compiler and checkers read them (transitive), the
    // run time does not need them (static).
    requires static transitive org.jspecify;
    // Formatting: citeproc-java (an automatic module, named after its jar) and the CSL styles and locales it
    // reads as resources (automatic modules too, required so that they are resolved with us).
    requires citeproc.java;
    requires styles;
    requires locales;
    // BibTeX export (automatic module named after its jar).
    requires jbibtex;
    // Document formats.
    requires org.commonmark;
    requires org.commonmark.ext.footnotes;
    requires org.jsoup;
    requires org.apache.poi.ooxml;
    requires org.apache.poi.ooxml.schemas;
    requires org.apache.xmlbeans;
    requires java.xml;
    // The configuration file and the command line's JSON output: the streaming and tree APIs only, so Jackson
    // reflects over none of our classes and needs no opens.
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    // The command line. picocli reads the annotated command classes by reflection.
    requires info.picocli;
    opens org.ibidem.cli to info.picocli;
}
