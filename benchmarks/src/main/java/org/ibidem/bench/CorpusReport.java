package org.ibidem.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.ibidem.Analysis;
import org.ibidem.Ibidem;
import org.ibidem.IbidemOptions;
import org.ibidem.citation.FullCitation;
import org.ibidem.diagnostic.Diagnostic;
import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.resolution.ResolvedNote;

/**
 * Prints what the generated corpus holds and how Ibidem reads it: the constructs written, the item types the
 * parser made of the full citations, the resolution statuses and the diagnostics. A benchmark over a corpus the
 * parser mostly fails on would measure the wrong paths; this shows it does not.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.ibidem.bench.CorpusReport 2000 [file-to-write]
 * </pre>
 */
public final class CorpusReport {

    private CorpusReport() {
    }

    /** Arguments: number of notes (default 2000), and optionally a file to write the corpus to. */
    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        CorpusGenerator.Corpus corpus = new CorpusGenerator(42).generate(n);
        if (args.length > 1) {
            Files.writeString(Path.of(args[1]), corpus.text(), StandardCharsets.UTF_8);
        }
        Analysis a = Ibidem.analyze("corpus.txt", corpus.text(), IbidemOptions.defaults());
        System.out.printf("notes generated %d, extracted %d, markers %d, chapters %d, sources %d, chars %d%n",
                n, a.notes().size(), a.document().markers().size(), corpus.chapters(), a.sources().size(),
                corpus.text().length());
        System.out.println("constructs written: " + new TreeMap<>(corpus.constructs()));
        Map<String, Integer> kinds = new TreeMap<>();
        Map<String, Integer> types = new TreeMap<>();
        Map<String, Integer> statuses = new TreeMap<>();
        int citations = 0;
        for (ResolvedNote note : a.notes()) {
            for (ResolvedCitation rc : note.citations()) {
                citations++;
                kinds.merge(rc.citation().getClass().getSimpleName(), 1, Integer::sum);
                statuses.merge(rc.status().name(), 1, Integer::sum);
                if (rc.citation() instanceof FullCitation f) {
                    types.merge(f.reference().type().name(), 1, Integer::sum);
                }
            }
        }
        Map<String, Integer> codes = new TreeMap<>();
        for (Diagnostic d : a.diagnostics()) {
            codes.merge(d.code(), 1, Integer::sum);
        }
        System.out.println("citations " + citations + " by kind: " + kinds);
        System.out.println("full citations by item type: " + types);
        System.out.println("resolution: " + statuses);
        System.out.println("diagnostics: " + codes);
        if (args.length > 2) {
            int shown = 0;
            for (Diagnostic d : a.diagnostics()) {
                if (!d.code().equals("repeated-full-citation") && shown++ < Integer.parseInt(args[2])) {
                    System.out.println("  " + d.format("corpus.txt"));
                }
            }
        }
    }
}
