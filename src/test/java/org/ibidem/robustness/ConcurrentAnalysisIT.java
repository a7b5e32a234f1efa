package org.ibidem.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ibidem.Analysis;
import org.ibidem.HangDetector;
import org.ibidem.Ibidem;
import org.ibidem.SourceScope;
import org.ibidem.IbidemOptions;
import org.ibidem.document.Document;
import org.ibidem.document.Documents;
import org.ibidem.document.InputFormat;
import org.ibidem.document.Note;
import org.ibidem.style.BibliographyFormatter;
import org.ibidem.style.OutputFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Analyses and formats many documents at once on many threads, and requires each result to be exactly what the
 * same call gives alone.
 *
 * <h2>The thread-safety guarantee this test holds Ibidem to</h2>
 * <ul>
 *   <li>{@link Ibidem#analyze} (every overload) may be called from any number of threads at once, on the same or
 *       on different inputs. Each call builds its own extractor state, parser, resolution pass and diagnostic
 *       collector; what calls share is immutable (compiled patterns, lookup tables, commonmark-java's parser,
 *       the built-in rules), and the extractors, {@code NoteParser}, {@code Resolver} and
 *       {@code ChainValidator} are stateless.</li>
 *   <li>An {@link Analysis} and everything reachable from it ({@code Document}, {@code Note}, {@code Resolution},
 *       {@code Reference}, {@code Diagnostic}…) is immutable and may be read from any thread without
 *       synchronisation; {@link Analysis#bibtex()} and {@link Analysis#bibliography} may be called on one
 *       analysis from several threads at once.</li>
 *   <li>One {@link BibliographyFormatter} may be shared by every thread, and should be: it keeps one
 *       citeproc-java processor per style and output format (costly to build, not thread-safe) and lets one
 *       thread at a time use each, so calls for the same style and format take turns and calls for different
 *       ones run in parallel. {@link Analysis#bibliography} goes through one such formatter for the whole
 *       process.</li>
 *   <li>Results do not depend on what else runs: a document analysed, exported or formatted while other threads
 *       work gives the same notes, citations, sources, diagnostics, BibTeX and bibliography entries as it does
 *       alone. No call blocks another except the turns taken on one processor.</li>
 *   <li>Not thread-safe, and not meant to be shared: the builders ({@code Reference.Builder},
 *       {@code TextMap.Builder}) — one per thread.</li>
 * </ul>
 *
 * <p>Each concurrent round runs under {@link HangDetector#withoutDeadlock}, which fails as soon as the JVM finds
 * threads deadlocked, and otherwise only after a generous wall-clock backstop: no bound a busy machine can trip.
 * An integration test ({@code *IT}, run by maven-failsafe in {@code mvn verify}).
 */
class ConcurrentAnalysisIT {

    private static final int DOCUMENTS = 50;
    private static final int THREADS = 8;
    private static final List<String> STYLES = List.of("chicago", "apa", "mla");

    private static final List<Input> INPUTS = new ArrayList<>();
    private static ExecutorService pool;

    /** One generated document: its file name (the extension picks the format) and bytes. */
    private record Input(String name, byte[] bytes) {
    }

    @BeforeAll
    static void generateDocuments() {
        InputFormat[] formats = InputFormat.values();
        for (int i = 0; i < DOCUMENTS; i++) {
            InputFormat format = formats[i % formats.length];
            Random random = new Random(1_000 + i);
            int notes = 3 + random.nextInt(12);
            INPUTS.add(new Input("doc" + i + "." + format.extensions().get(0),
                    GeneratedDocuments.bytes(format, GeneratedDocuments.notes(random, notes))));
        }
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterAll
    static void stopThreads() {
        pool.shutdownNow();
    }

    @Test
    void analysesFiftyDocumentsOnEightThreadsAsItDoesOnOne() {
        List<String> alone = new ArrayList<>();
        for (Input in : INPUTS) {
            alone.add(fingerprint(analyze(in)));
        }
        // Every document three times, shuffled, so that the same document is also analysed on several threads
        // at once.
        List<Integer> order = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < DOCUMENTS; i++) {
                order.add(i);
            }
        }
        Collections.shuffle(order, new Random(8));
        List<String> together = runConcurrently(order, i -> fingerprint(analyze(INPUTS.get(i))));
        for (int k = 0; k < order.size(); k++) {
            assertThat(together.get(k)).as("document %s analysed among others", INPUTS.get(order.get(k)).name())
                    .isEqualTo(alone.get(order.get(k)));
        }
    }

    @Test
    void formatsBibliographiesOnEightThreadsWithOneSharedFormatterAsItDoesOnOne() {
        BibliographyFormatter shared = new BibliographyFormatter();
        List<Analysis> analyses = new ArrayList<>();
        for (Input in : INPUTS) {
            analyses.add(analyze(in));
        }
        List<int[]> jobs = new ArrayList<>(); // {document, style, output format}
        for (int d = 0; d < DOCUMENTS; d++) {
            for (int s = 0; s < STYLES.size(); s++) {
                jobs.add(new int[] {d, s, d % 2});
            }
        }
        List<List<String>> alone = new ArrayList<>();
        for (int[] job : jobs) {
            alone.add(format(shared, analyses.get(job[0]), job));
        }
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < jobs.size(); k++) {
            order.add(k);
        }
        Collections.shuffle(order, new Random(3));
        // Half the calls through the shared formatter, half through Analysis.bibliography's process-wide one.
        List<List<String>> together = runConcurrently(order, k -> k % 2 == 0
                ? format(shared, analyses.get(jobs.get(k)[0]), jobs.get(k))
                : analyses.get(jobs.get(k)[0]).bibliography(STYLES.get(jobs.get(k)[1]),
                        OutputFormat.values()[jobs.get(k)[2]]).entries());
        for (int i = 0; i < order.size(); i++) {
            int[] job = jobs.get(order.get(i));
            assertThat(together.get(i)).as("%s bibliography of %s formatted among others", STYLES.get(job[1]),
                    INPUTS.get(job[0]).name()).isEqualTo(alone.get(order.get(i)));
        }
    }

    @Test
    void analysesExportsAndFormatsInOneGoOnEightThreads() {
        List<String> alone = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            alone.add(everything(i));
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(5));
        List<String> together = runConcurrently(order, this::everything);
        for (int k = 0; k < order.size(); k++) {
            assertThat(together.get(k)).isEqualTo(alone.get(order.get(k)));
        }
    }

    /** Analysis, BibTeX and a bibliography in a style picked by the document's number, as one string. */
    private String everything(int i) {
        Analysis a = analyze(INPUTS.get(i));
        return fingerprint(a) + a.bibliography(STYLES.get(i % STYLES.size()), OutputFormat.TEXT).text();
    }

    private static List<String> format(BibliographyFormatter formatter, Analysis a, int[] job) {
        // The works Analysis.bibliography lists: without those known only from unmatched short forms.
        return formatter.format(a.sources(SourceScope.GIVEN_IN_FULL), STYLES.get(job[1]),
                OutputFormat.values()[job[2]]).entries();
    }

    private static Analysis analyze(Input in) {
        Document doc = Documents.parse(in.name(), in.bytes());
        return Ibidem.analyze(doc, IbidemOptions.defaults());
    }

    /** Runs the task for each item on the pool, all released at once, and returns the results in order. */
    private static <T> List<T> runConcurrently(List<Integer> items, Task<T> task) {
        return HangDetector.withoutDeadlock("the concurrent calls", () -> {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int item : items) {
                Callable<T> c = () -> {
                    start.await();
                    return task.run(item);
                };
                futures.add(pool.submit(c));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                try {
                    results.add(f.get());
                } catch (ExecutionException e) {
                    throw new AssertionError("a concurrent call failed", e.getCause());
                }
            }
            return results;
        });
    }

    @FunctionalInterface
    private interface Task<T> {
        T run(int item) throws Exception;
    }

    /**
     * Everything an analysis says, as text: the notes (with where each character of their text maps in the
     * file), the markers, the citations as resolved, the sources, the diagnostics and the BibTeX. Documents and
     * notes hold line indexes and text maps without value equality, so analyses are compared through this.
     */
    static String fingerprint(Analysis a) {
        StringBuilder b = new StringBuilder();
        Document d = a.document();
        b.append(d.name()).append(' ').append(d.format()).append(' ').append(d.text().hashCode()).append('\n');
        for (Note n : d.notes()) {
            b.append(n.index()).append(' ').append(n.number()).append(' ').append(n.label()).append(' ')
                    .append(n.position()).append(' ').append(n.chapter()).append(' ').append(n.emphasis())
                    .append(' ').append(n.text()).append('\n');
            for (int k = 0; k <= n.text().length(); k++) {
                b.append(n.textMap().toSource(k)).append(',');
            }
            b.append('\n');
        }
        b.append(d.markers()).append('\n').append(d.problems()).append('\n');
        // A note's text map has no value of its own to print: the notes a citation leans on are given by index.
        a.notes().forEach(rn -> rn.citations().forEach(rc -> b.append(rc.citation()).append(' ').append(rc.kind())
                .append(' ').append(rc.status()).append(' ').append(rc.sourceId()).append(' ')
                .append(rc.antecedent() == null ? 0 : rc.antecedent().index()).append(' ').append(rc.locator())
                .append(' ').append(rc.locatorInherited()).append(' ')
                .append(rc.candidates().stream().map(Note::index).toList()).append(' ').append(rc.matchedTitle())
                .append(' ').append(rc.work()).append(' ').append(rc.flags()).append(' ').append(rc.candidateCount())
                .append('\n')));
        b.append(a.sources()).append('\n').append(a.diagnostics()).append('\n').append(a.bibtex());
        return b.toString();
    }
}
