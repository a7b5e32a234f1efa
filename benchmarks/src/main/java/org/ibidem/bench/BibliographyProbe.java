package org.ibidem.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import org.ibidem.reference.Reference;
import org.ibidem.style.BibliographyFormatter;
import org.ibidem.style.FormattedBibliography;
import org.ibidem.style.OutputFormat;

/**
 * Formatting one bibliography of n generated works per style, for numbers JMH is too slow to give at 10,000
 * works: the time of each run (after one warm-up run), the peak heap during a run and the heap the finished
 * bibliography keeps live.
 *
 * <pre>
 * java -Xmx512m -cp benchmarks/target/benchmarks.jar org.ibidem.bench.BibliographyProbe 10000 3 chicago apa mla
 * </pre>
 * Arguments: the number of works, measured runs per style, then the styles. The peak is the sum of the heap pools'
 * peaks (each pool's peak may fall at a different moment, so it is an upper bound), reset before each run.
 */
public final class BibliographyProbe {

    private BibliographyProbe() {
    }

    /** See the class comment. */
    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        int runs = Integer.parseInt(args[1]);
        List<Reference> refs = Fixtures.works(n);
        BibliographyFormatter formatter = new BibliographyFormatter();
        System.out.printf("%d works, max heap %.0f MiB%n", n, Runtime.getRuntime().maxMemory() / 1048576.0);
        for (int s = 2; s < args.length; s++) {
            String style = args[s];
            formatter.format(refs, style, OutputFormat.TEXT);
            double best = Double.MAX_VALUE;
            StringBuilder times = new StringBuilder();
            long peak = 0;
            FormattedBibliography bib = null;
            for (int r = 0; r < runs; r++) {
                bib = null;
                usedAfterGc();
                ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
                long t0 = System.nanoTime();
                bib = formatter.format(refs, style, OutputFormat.TEXT);
                double seconds = (System.nanoTime() - t0) / 1e9;
                peak = Math.max(peak, heapPeak());
                best = Math.min(best, seconds);
                times.append(String.format(" %.0f", n / seconds));
            }
            long live = usedAfterGc();
            System.out.printf("%-8s best %6.0f items/s (runs:%s), %d entries, peak heap ≤ %.0f MiB, "
                    + "live with the bibliography %.0f MiB%n", style, n / best, times, bib.entries().size(),
                    peak / 1048576.0, live / 1048576.0);
        }
    }

    private static long heapPeak() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
