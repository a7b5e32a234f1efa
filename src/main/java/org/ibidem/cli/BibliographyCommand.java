package org.ibidem.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ibidem.reference.Reference;
import org.ibidem.style.CslLocales;
import org.ibidem.style.FormattedBibliography;
import org.ibidem.style.OutputFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ibidem bibliography FILE --style chicago}: the works cited, formatted by a CSL style. */
@Command(name = "bibliography", mixinStandardHelpOptions = true,
        description = "Format the bibliography of the works the notes cite, in a CSL style.")
final class BibliographyCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "The document to read; - reads standard input. "
            + "Several FILEs are the chapters of one book, in order: one bibliography, each work once.")
    List<Path> files;

    /** Where {@code -} reads from. */
    final java.io.InputStream stdin;

    BibliographyCommand(java.io.InputStream stdin) {
        this.stdin = stdin;
    }

    @Option(names = {"-s", "--style"}, defaultValue = "chicago", paramLabel = "STYLE",
            description = "chicago, apa, mla, any CSL style id (e" + HelpText.DOT + "g. harvard-cite-them-right), "
                    + "or a path to a " + HelpText.DOT + "csl file. A STYLE" + HelpText.DOT + "csl in "
                    + HelpText.DOT + "/styles comes first. Default: ${DEFAULT-VALUE}.")
    String style;

    @Option(names = "--locale", paramLabel = "LOCALE",
            description = "Format in this CSL locale (terms, dates, punctuation), e" + HelpText.DOT + "g. de-DE, "
                    + "fr-FR, en-GB. Default: the style's own.")
    String locale;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "text or html. Default: ${DEFAULT-VALUE}.")
    String format;

    @Mixin
    InputOptions input;

    @Mixin
    UnmatchedWorks unmatched;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        OutputFormat outputFormat = parseFormat(format);
        // Checked before the document is read: a typo in the locale is a usage error, whatever the input.
        String lang = locale == null ? null : CslLocales.require(locale);
        CitedWorks works = CitedWorks.read(files, input, stdin, spec.commandLine().getErr());
        FormattedBibliography bib = works.bibliography(style, outputFormat, unmatched.scope(), lang);
        spec.commandLine().getOut().print(bib.text().endsWith("\n") ? bib.text() : bib.text() + "\n");
        spec.commandLine().getOut().flush();
        unmatched.warn(works.unmatchedSources(), spec.commandLine().getErr());
        if (!bib.omitted().isEmpty()) {
            // A warning, not a failure: leaving these works out is the style's rule, but the user must know.
            spec.commandLine().getErr().print(omittedWarning(bib));
            spec.commandLine().getErr().flush();
        }
        return 0;
    }

    /** The stderr warning naming each work the style gave no entry, one per line. */
    static String omittedWarning(FormattedBibliography bib) {
        int n = bib.omitted().size();
        StringBuilder out = new StringBuilder("ibidem: warning: ").append(bib.styleId()).append(" lists no entry for ")
                .append(n).append(n == 1 ? " work" : " works")
                .append(" (the style leaves out works it cites in notes only: unpublished speeches and interviews "
                        + "without an archive, publisher, URL or DOI, personal communications, social-media posts, "
                        + "unsigned dictionary and encyclopedia entries, and in Chicago scripture and classical "
                        + "works):\n");
        for (Reference ref : bib.omitted()) {
            out.append("  ").append(ref.id() != null ? ref.id() : "(no id)").append(" (").append(ref.type().cslName())
                    .append(")");
            if (ref.title() != null) {
                out.append(": ").append(ref.title());
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static OutputFormat parseFormat(String name) {
        for (OutputFormat f : OutputFormat.values()) {
            if (f.name().equalsIgnoreCase(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("Unknown format '" + name + "'. Supported formats: text, html");
    }
}
