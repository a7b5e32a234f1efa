package org.ibidem.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Parse and resolve with two or more builds of Ibidem in one process, pass by pass in turn, to compare their cost on
 * a shared, busy machine: each build's {@code NoteParser.parse} over every note of a document, one note after the
 * other, then {@code Resolver.resolve} over them all, timed in thread CPU. Several documents, joined by commas,
 * are each parsed and resolved on their own, and a pass is their sum. Alternating the builds within one process
 * spreads the machine's other load over all of them alike, which separate runs (minutes apart) do not.
 *
 * <p>Each build is a checkout whose {@code target/ibidem.jar} and {@code target/lib} are built; each is loaded by a
 * class loader of its own, so the builds' classes do not meet. Prints, per build, the median and the minimum of
 * the second half of the passes (the first half warms the compiler), in milliseconds a pass.
 *
 * <pre>{@code
 * java -Xmx3g -XX:+UseParallelGC -cp benchmarks/target/benchmarks.jar org.ibidem.bench.JarsCompared \
 *     gen-10000.txt 60 /path/to/old-checkout /path/to/new-checkout
 * }</pre>
 */
public final class JarsCompared {

    private JarsCompared() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: JarsCompared DOCUMENT[,DOCUMENT...] PASSES CHECKOUT...");
            System.exit(2);
        }
        List<Path> documents = Arrays.stream(args[0].split(",")).map(Path::of).toList();
        int passes = Integer.parseInt(args[1]);
        int builds = args.length - 2;
        Build[] all = new Build[builds];
        for (int b = 0; b < builds; b++) {
            all[b] = new Build(Path.of(args[b + 2]), documents);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[][] parse = new long[builds][passes];
        long[][] resolve = new long[builds][passes];
        for (int p = 0; p < passes; p++) {
            for (int k = 0; k < builds; k++) {
                int b = p % 2 == 0 ? k : builds - 1 - k; // each build first as often as last
                long t0 = threads.getCurrentThreadCpuTime();
                List<List<Object>> parsed = all[b].parse();
                long t1 = threads.getCurrentThreadCpuTime();
                all[b].resolve(parsed);
                parse[b][p] = t1 - t0;
                resolve[b][p] = threads.getCurrentThreadCpuTime() - t1;
            }
        }
        for (int b = 0; b < builds; b++) {
            long[] both = new long[passes];
            for (int p = 0; p < passes; p++) {
                both[p] = parse[b][p] + resolve[b][p];
            }
            System.out.printf("%-40s parse %s  resolve %s  both %s%n", args[b + 2], summary(parse[b]),
                    summary(resolve[b]), summary(both));
        }
    }

    /** "median=… min=…" of the second half of the passes, in milliseconds. */
    private static String summary(long[] nanos) {
        long[] last = Arrays.copyOfRange(nanos, nanos.length / 2, nanos.length);
        Arrays.sort(last);
        return String.format("median=%.1f min=%.1f", last[last.length / 2] / 1e6, last[0] / 1e6);
    }

    /** One build, loaded apart, with the documents' notes read by it. */
    private static final class Build {
        private final Object parser;
        private final Method parse;
        private final Object resolver;
        private final Method resolve;
        private final List<List<?>> notes = new ArrayList<>();

        Build(Path checkout, List<Path> documents) throws Exception {
            Path target = checkout.resolve("target");
            List<URL> urls = new ArrayList<>();
            urls.add(target.resolve("ibidem.jar").toUri().toURL());
            try (Stream<Path> lib = Files.list(target.resolve("lib"))) {
                for (Path jar : (Iterable<Path>) lib::iterator) {
                    urls.add(jar.toUri().toURL());
                }
            }
            ClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
            Method read = loader.loadClass("org.ibidem.document.Documents").getMethod("read", Path.class);
            for (Path document : documents) {
                Object doc = read.invoke(null, document);
                notes.add((List<?>) doc.getClass().getMethod("notes").invoke(doc));
            }
            Class<?> parserClass = loader.loadClass("org.ibidem.citation.NoteParser");
            parser = parserClass.getConstructor().newInstance();
            parse = parserClass.getMethod("parse", loader.loadClass("org.ibidem.document.Note"));
            Class<?> resolverClass = loader.loadClass("org.ibidem.resolution.Resolver");
            resolver = resolverClass.getConstructor().newInstance();
            resolve = resolverClass.getMethod("resolve", List.class);
        }

        /** Each document's notes parsed, one list of citation lists a document. */
        List<List<Object>> parse() throws Exception {
            List<List<Object>> documents = new ArrayList<>(notes.size());
            for (List<?> document : notes) {
                List<Object> parsed = new ArrayList<>(document.size());
                for (Object note : document) {
                    parsed.add(parse.invoke(parser, note));
                }
                documents.add(parsed);
            }
            return documents;
        }

        void resolve(List<List<Object>> parsed) throws Exception {
            for (List<Object> document : parsed) {
                resolve.invoke(resolver, document);
            }
        }
    }
}
