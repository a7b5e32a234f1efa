package org.ibidem.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ibidem.Analysis;
import org.ibidem.Ibidem;
import org.ibidem.IbidemOptions;
import org.ibidem.citation.NoteParser;
import org.ibidem.citation.ParsedNote;
import org.ibidem.diagnostic.ChainValidator;
import org.ibidem.diagnostic.CheckContext;
import org.ibidem.diagnostic.CheckOptions;
import org.ibidem.diagnostic.Diagnostic;
import org.ibidem.document.Document;
import org.ibidem.document.Note;
import org.ibidem.document.PlainTextExtractor;
import org.ibidem.resolution.Resolution;
import org.ibidem.resolution.Resolver;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The pipeline's stages on a generated corpus of 100, 10,000 and 100,000 notes, each stage alone (its input
 * prepared once per fork) and together. The {@code notes} counter is notes per second; the primary score is
 * documents per second. Forks run in a 512 MB heap, the budget.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar Pipeline -f 1 -wi 2 -i 3 -t 1 -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class PipelineBenchmark {

    @Param({"100", "10000", "100000"})
    int notes;

    private String text;
    private Document document;
    private List<ParsedNote> parsed;
    private Resolution resolution;
    private final IbidemOptions options = IbidemOptions.defaults();

    /** Counts notes processed, reported by JMH as notes per second. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Notes {
        /** Notes processed in this iteration. */
        public long notes;

        /** Starts each iteration from zero. */
        @Setup(Level.Iteration)
        public void reset() {
            notes = 0;
        }
    }

    /** Generates the corpus and prepares each stage's input. */
    @Setup(Level.Trial)
    public void setUp() {
        text = Fixtures.corpus(notes);
        document = new PlainTextExtractor().extract("corpus.txt", text);
        if (document.notes().size() != notes) {
            throw new IllegalStateException("extracted " + document.notes().size() + " notes of " + notes);
        }
        parsed = parseAll(document);
        resolution = new Resolver().resolve(parsed);
    }

    private static List<ParsedNote> parseAll(Document document) {
        NoteParser parser = new NoteParser();
        List<ParsedNote> out = new ArrayList<>(document.notes().size());
        for (Note note : document.notes()) {
            out.add(parser.parse(note));
        }
        return out;
    }

    /** Finding the notes and markers in the text. */
    @Benchmark
    public Document extract(Notes counter) {
        counter.notes += notes;
        return new PlainTextExtractor().extract("corpus.txt", text);
    }

    /** Parsing every note. */
    @Benchmark
    public List<ParsedNote> parse(Notes counter) {
        counter.notes += notes;
        return parseAll(document);
    }

    /** Resolving ibids and short forms. */
    @Benchmark
    public Resolution resolve(Notes counter) {
        counter.notes += notes;
        return new Resolver().resolve(parsed);
    }

    /** Parsing and resolving: the 50,000 notes/s goal. */
    @Benchmark
    public Resolution parseAndResolve(Notes counter) {
        counter.notes += notes;
        return new Resolver().resolve(parseAll(document));
    }

    /** Running the chain rules. */
    @Benchmark
    public List<Diagnostic> check(Notes counter) {
        counter.notes += notes;
        return new ChainValidator(CheckOptions.defaults()).check(new CheckContext(document, resolution));
    }

    /** The whole of {@code Ibidem.analyze}: extract, parse, resolve, check. */
    @Benchmark
    public Analysis analyze(Notes counter) {
        counter.notes += notes;
        return Ibidem.analyze("corpus.txt", text, options);
    }
}
