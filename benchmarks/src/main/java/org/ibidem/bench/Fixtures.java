package org.ibidem.bench;

import java.util.List;
import org.ibidem.Analysis;
import org.ibidem.Ibidem;
import org.ibidem.IbidemOptions;
import org.ibidem.reference.Reference;

/**
 * Inputs shared by the benchmarks, all from the seeded {@link CorpusGenerator}: the same seed gives the same
 * corpus and the same works on every run.
 */
final class Fixtures {

    /** The seed of every generated corpus. */
    static final long SEED = 42;

    private Fixtures() {
    }

    /** A generated document of {@code notes} notes. */
    static String corpus(int notes) {
        return new CorpusGenerator(SEED).generate(notes).text();
    }

    /**
     * {@code count} distinct works, as Ibidem reads them from a generated corpus: the first ones in order of
     * first citation, with the ids the resolver gave them.
     */
    static List<Reference> works(int count) {
        int notes = count * 2 + 200;
        while (true) {
            Analysis a = Ibidem.analyze("corpus.txt", corpus(notes), IbidemOptions.defaults());
            if (a.sources().size() >= count) {
                return List.copyOf(a.sources().subList(0, count));
            }
            notes *= 2;
        }
    }
}
