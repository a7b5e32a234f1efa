package org.ibidem.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ibidem.bibtex.BibTeXExporter;
import org.ibidem.reference.Reference;
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
 * Exporting 10, 1,000 and 10,000 generated works as BibTeX. The {@code items} counter is entries per second.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar Bibtex -f 1 -wi 2 -i 3 -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class BibtexBenchmark {

    @Param({"10", "1000", "10000"})
    int works;

    private List<Reference> refs;
    private final BibTeXExporter exporter = new BibTeXExporter();

    /** Counts entries written, reported by JMH as items per second. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Items {
        /** Entries written in this iteration. */
        public long items;

        /** Starts each iteration from zero. */
        @Setup(Level.Iteration)
        public void reset() {
            items = 0;
        }
    }

    /** Generates the works. */
    @Setup(Level.Trial)
    public void setUp() {
        refs = Fixtures.works(works);
    }

    /** The BibTeX database of all the works. */
    @Benchmark
    public String export(Items counter) {
        counter.items += works;
        return exporter.export(refs);
    }
}
