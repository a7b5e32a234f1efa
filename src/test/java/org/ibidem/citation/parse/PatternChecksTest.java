package org.ibidem.citation.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** A reused matcher answers every test as a new matcher would, whatever was asked of it before. */
class PatternChecksTest {

    private static final Pattern YEAR = Pattern.compile("\\b(1[0-9]{3})\\b");
    private static final Pattern EDITOR = Pattern.compile("^eds?\\.?$", Pattern.CASE_INSENSITIVE);

    @Provide
    Arbitrary<List<String>> texts() {
        Arbitrary<String> text = Arbitraries.of("1956", "ed.", "Eds", "in 1848 and 1849", "ed", "edited", "", "x 1956",
                "19567", "eds. 1956");
        return text.list().ofMinSize(1).ofMaxSize(10);
    }

    @Property(tries = 500)
    void answersAsANewMatcherWouldInAnyOrder(@ForAll("texts") List<String> texts) {
        for (String t : texts) {
            assertThat(PatternChecks.find(YEAR, t)).isEqualTo(YEAR.matcher(t).find());
            assertThat(PatternChecks.matches(EDITOR, t)).isEqualTo(EDITOR.matcher(t).matches());
            assertThat(PatternChecks.lookingAt(YEAR, t)).isEqualTo(YEAR.matcher(t).lookingAt());
            assertThat(PatternChecks.lookingAt(EDITOR, t)).isEqualTo(EDITOR.matcher(t).lookingAt());
        }
    }

    @Test
    void aSecondFindOnTheSameTextStartsAgainFromItsStart() {
        // A matcher that was not reset would go on from its last match and find nothing the second time.
        assertThat(PatternChecks.find(YEAR, "in 1848")).isTrue();
        assertThat(PatternChecks.find(YEAR, "in 1848")).isTrue();
    }

    @Test
    void threadsEachGetTheirOwnAnswers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                String text = t % 2 == 0 ? "printed in 1848" : "printed later";
                boolean expected = t % 2 == 0;
                Callable<Boolean> job = () -> {
                    for (int i = 0; i < 20_000; i++) {
                        if (PatternChecks.find(YEAR, text) != expected) {
                            return false;
                        }
                    }
                    return true;
                };
                results.add(pool.submit(job));
            }
            for (Future<Boolean> r : results) {
                assertThat(r.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
