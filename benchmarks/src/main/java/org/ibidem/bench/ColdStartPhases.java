package org.ibidem.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import org.ibidem.Analysis;
import org.ibidem.Ibidem;
import org.ibidem.style.OutputFormat;
import org.ibidem.style.StyleResolver;

/**
 * Where a cold {@code ibidem bibliography} spends its time, phase by phase, in one fresh JVM: the JVM until
 * {@code main}, reading and analysing the essay (loading our classes on the way), finding the style (opening the
 * styles jar), the first bibliography (building citeproc-java's processor: parsing the style XML and the locale,
 * loading its classes; then rendering), and a second bibliography with the processor built.
 *
 * <pre>
 * java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp benchmarks/target/benchmarks.jar \
 *     org.ibidem.bench.ColdStartPhases ../shared/seed/brothers-no-more.txt
 * </pre>
 */
public final class ColdStartPhases {

    private ColdStartPhases() {
    }

    /** Argument: the document to read. */
    public static void main(String[] args) {
        long mainWall = System.currentTimeMillis();
        long t0 = System.nanoTime();
        Analysis analysis = Ibidem.analyze(Path.of(args[0]));
        long t1 = System.nanoTime();
        new StyleResolver().resolve("chicago");
        long t2 = System.nanoTime();
        int entries = analysis.bibliography("chicago", OutputFormat.TEXT).entries().size();
        long t3 = System.nanoTime();
        analysis.bibliography("chicago", OutputFormat.TEXT);
        long t4 = System.nanoTime();
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.printf("jvm start to main           %4d ms%n", mainWall - jvmStart);
        System.out.printf("analyze (%d notes)          %4.0f ms%n", analysis.notes().size(), (t1 - t0) / 1e6);
        System.out.printf("style lookup (styles jar)   %4.0f ms%n", (t2 - t1) / 1e6);
        System.out.printf("first bibliography (%d)     %4.0f ms  (build the CSL processor + render)%n", entries,
                (t3 - t2) / 1e6);
        System.out.printf("second bibliography         %4.0f ms  (render only)%n", (t4 - t3) / 1e6);
    }
}
