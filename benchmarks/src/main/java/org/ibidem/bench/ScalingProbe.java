package org.ibidem.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.ibidem.Analysis;
import org.ibidem.Ibidem;
import org.ibidem.IbidemOptions;
import org.ibidem.citation.NoteParser;
import org.ibidem.citation.ParsedNote;
import org.ibidem.diagnostic.ChainValidator;
import org.ibidem.diagnostic.CheckContext;
import org.ibidem.diagnostic.CheckOptions;
import org.ibidem.document.Document;
import org.ibidem.document.Note;
import org.ibidem.document.PlainTextExtractor;
import org.ibidem.resolution.Resolution;
import org.ibidem.resolution.Resolver;

/**
 * Quick checks JMH is too slow for: how each stage's cost per note grows with the corpus (linear or not), for the
 * realistic author population and for a fixed one of few authors; and how much heap an analysed 100,000-note
 * document keeps live.
 *
 * <pre>
 * java -Xmx512m -cp benchmarks/target/benchmarks.jar org.ibidem.bench.ScalingProbe scaling 0 1000 10000 100000
 * java -Xmx512m -cp benchmarks/target/benchmarks.jar org.ibidem.bench.ScalingProbe scaling 50 1000 10000 40000
 * java -Xmx512m -cp benchmarks/target/benchmarks.jar org.ibidem.bench.ScalingProbe footprint 100000
 * java -Xms6g -Xmx6g -Xmn4g -XX:+UseParallelGC -cp benchmarks/target/benchmarks.jar org.ibidem.bench.ScalingProbe alone 10000 30000 100000
 * java -Xmx512m -cp benchmarks/target/benchmarks.jar org.ibidem.bench.ScalingProbe adversarial all 1000 2000 4000 8000
 * </pre>
 * The first argument of {@code scaling} is the author pool: 0 for the realistic, growing one. Times are the best
 * of several runs after a warm-up, in microseconds per note: equal numbers down a column mean linear.
 * {@code alone} parses each corpus once and then times resolution, and checking, over and over on the same
 * parsed notes: each stage's own cost, without the parser's garbage (give it a large young generation, as above,
 * to keep the collector out of the numbers too). {@code adversarial} times the same stages on each of
 * {@link AdversarialCorpus}'s hostile shapes, per note (per citation for {@code one-note}).
 */
public final class ScalingProbe {

    private ScalingProbe() {
    }

    /** See the class comment. */
    public static void main(String[] args) {
        if (args[0].equals("footprint")) {
            footprint(Integer.parseInt(args[1]));
            return;
        }
        if (args[0].equals("alone")) {
            alone(args);
            return;
        }
        if (args[0].equals("adversarial")) {
            adversarial(args);
            return;
        }
        int pool = Integer.parseInt(args[1]);
        warmUp();
        System.out.printf("author pool %s%n", pool == 0 ? "realistic (growing)" : pool + " authors");
        System.out.printf("%8s %8s %10s %10s %10s %10s %10s%n", "notes", "sources", "extract", "parse", "resolve",
                "check", "µs/note");
        for (int i = 2; i < args.length; i++) {
            int n = Integer.parseInt(args[i]);
            CorpusGenerator gen = new CorpusGenerator(Fixtures.SEED);
            String text = (pool == 0 ? gen : gen.withAuthorPool(pool)).generate(n).text();
            double[] best = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
            int runs = Math.max(3, Math.min(50, 2_000_000 / n));
            int sources = 0;
            for (int r = 0; r < runs + 2; r++) {
                long[] t = new long[4];
                sources = analyseOnce(text, t);
                for (int k = 0; k < 4; k++) {
                    best[k] = Math.min(best[k], t[k] / 1000.0 / n);
                }
            }
            System.out.printf("%8d %8d %10.2f %10.2f %10.2f %10.2f %10.2f%n", n, sources, best[0], best[1], best[2],
                    best[3], best[0] + best[1] + best[2] + best[3]);
        }
    }

    /**
     * Runs the whole analysis on 10,000 notes for ten seconds before anything is timed, so that every size is
     * measured with the code compiled: without it the first size listed was timed while the JIT was still at work
     * (1,000 notes measured 37 µs a note listed first, 22 µs listed after 10,000).
     */
    private static void warmUp() {
        String text = Fixtures.corpus(10_000);
        long[] ignored = new long[4];
        long end = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < end) {
            analyseOnce(text, ignored);
        }
    }

    /**
     * One analysis of {@code text}, stage by stage; puts each stage's nanoseconds in {@code times} and returns the
     * number of sources. A method of its own so that nothing of one run is still reachable during the next: a
     * user analyses one document at a time, and holding two 100,000-note analyses measures the collector.
     */
    private static int analyseOnce(String text, long[] times) {
        long t0 = System.nanoTime();
        Document doc = new PlainTextExtractor().extract("corpus.txt", text);
        long t1 = System.nanoTime();
        NoteParser parser = new NoteParser();
        List<ParsedNote> parsed = new ArrayList<>(doc.notes().size());
        for (Note note : doc.notes()) {
            parsed.add(parser.parse(note));
        }
        long t2 = System.nanoTime();
        Resolution res = new Resolver().resolve(parsed);
        long t3 = System.nanoTime();
        new ChainValidator(CheckOptions.defaults()).check(new CheckContext(doc, res));
        long t4 = System.nanoTime();
        times[0] = t1 - t0;
        times[1] = t2 - t1;
        times[2] = t3 - t2;
        times[3] = t4 - t3;
        return res.sources().size();
    }

    /**
     * Each hostile shape named ("all", or a comma-separated list) at each size: the stages' best time over a few
     * runs, in µs per note (or citation).
     */
    private static void adversarial(String[] args) {
        warmUp();
        System.out.printf("%-17s %8s %8s %10s %10s %10s %10s %10s%n", "shape", "notes", "sources", "extract",
                "parse", "resolve", "check", "µs/note");
        List<String> shapes = args[1].equals("all") ? AdversarialCorpus.SHAPES : List.of(args[1].split(","));
        for (String shape : shapes) {
            for (int i = 2; i < args.length; i++) {
                int n = Integer.parseInt(args[i]);
                String text = AdversarialCorpus.generate(shape, n);
                double[] best = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
                int sources = 0;
                for (int r = 0; r < 5; r++) {
                    long[] t = new long[4];
                    sources = analyseOnce(text, t);
                    for (int k = 0; k < 4; k++) {
                        best[k] = Math.min(best[k], t[k] / 1000.0 / n);
                    }
                    if (t[0] + t[1] + t[2] + t[3] > 10_000_000_000L) {
                        break; // a run over ten seconds says enough (the code before issue 17's fix)
                    }
                }
                System.out.printf("%-17s %8d %8d %10.2f %10.2f %10.2f %10.2f %10.2f%n", shape, n, sources, best[0],
                        best[1], best[2], best[3], best[0] + best[1] + best[2] + best[3]);
            }
        }
    }

    private static void alone(String[] args) {
        System.out.printf("%8s %8s %10s %10s%n", "notes", "sources", "resolve", "check");
        for (int i = 1; i < args.length; i++) {
            int n = Integer.parseInt(args[i]);
            Document doc = new PlainTextExtractor().extract("corpus.txt", Fixtures.corpus(n));
            NoteParser parser = new NoteParser();
            List<ParsedNote> parsed = new ArrayList<>(doc.notes().size());
            for (Note note : doc.notes()) {
                parsed.add(parser.parse(note));
            }
            int runs = Math.max(10, Math.min(400, 4_000_000 / n));
            double resolve = Double.MAX_VALUE;
            double check = Double.MAX_VALUE;
            int sources = 0;
            for (int r = 0; r < runs + 2; r++) {
                long t0 = System.nanoTime();
                Resolution res = new Resolver().resolve(parsed);
                long t1 = System.nanoTime();
                new ChainValidator(CheckOptions.defaults()).check(new CheckContext(doc, res));
                long t2 = System.nanoTime();
                sources = res.sources().size();
                resolve = Math.min(resolve, (t1 - t0) / 1000.0 / n);
                check = Math.min(check, (t2 - t1) / 1000.0 / n);
            }
            System.out.printf("%8d %8d %10.2f %10.2f%n", n, sources, resolve, check);
        }
    }

    private static void footprint(int n) {
        String text = Fixtures.corpus(n);
        Analysis a = Ibidem.analyze("corpus.txt", text, IbidemOptions.defaults());
        text = null;
        long used = usedAfterGc();
        System.out.printf("analysis of %d notes (%d sources, %d diagnostics): %.1f MB live heap, max heap %.0f MB%n",
                a.notes().size(), a.sources().size(), a.diagnostics().size(), used / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6);
        a = null;
        System.out.printf("after dropping it: %.1f MB live%n", usedAfterGc() / 1e6);
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
