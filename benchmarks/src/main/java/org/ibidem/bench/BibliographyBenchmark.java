package org.ibidem.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ibidem.reference.Reference;
import org.ibidem.style.BibliographyFormatter;
import org.ibidem.style.FormattedBibliography;
import org.ibidem.style.OutputFormat;
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
 * Formatting a bibliography of 10, 1,000 and 10,000 generated works in Chicago, APA and MLA, through the shared
 * {@link BibliographyFormatter} (its citeproc-java processor is built in setup, so this is the warm cost). The
 * {@code items} counter is entries per second. Forks run in a 512 MB heap, the budget.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar Bibliography -f 1 -wi 2 -i 3 -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class BibliographyBenchmark {

    @Param({"10", "1000", "10000"})
    int works;

    @Param({"chicago", "apa", "mla"})
    String style;

    private List<Reference> refs;
    private BibliographyFormatter formatter;

    /** Counts entries formatted, reported by JMH as items per second. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Items {
        /** Entries formatted in this iteration. */
        public long items;

        /** Starts each iteration from zero. */
        @Setup(Level.Iteration)
        public void reset() {
            items = 0;
        }
    }

    /** Generates the works and builds the style's processor once. */
    @Setup(Level.Trial)
    public void setUp() {
        refs = Fixtures.works(works);
        formatter = new BibliographyFormatter();
        formatter.format(refs.subList(0, 1), style, OutputFormat.TEXT);
    }

    /** One bibliography of all the works. */
    @Benchmark
    public FormattedBibliography format(Items counter) {
        counter.items += works;
        return formatter.format(refs, style, OutputFormat.TEXT);
    }
}
