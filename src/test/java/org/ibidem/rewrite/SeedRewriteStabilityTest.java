package org.ibidem.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ibidem.Analysis;
import org.ibidem.Ibidem;
import org.ibidem.IbidemOptions;
import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.resolution.ResolvedNote;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The seed essay rewritten in the British note styles (issue 16): at most so many citations left as written (a
 * floor that only goes down, docs/rewrite-stability.md says why each is left), every note read back as the same
 * works at the same places, and a second rewrite changes nothing.
 */
class SeedRewriteStabilityTest {

    private static final Path SEED = Path.of("examples", "brothers-no-more-notes.txt");

    @ParameterizedTest(name = "{0} leaves at most {1}")
    @CsvSource({
        "mhra-notes, 0",
        "oscola, 1",
        "chicago-notes-bibliography, 1",
        "chicago-notes-bibliography-subsequent-ibid-17th-edition, 1",
    })
    void theSeedRewrittenReadsBackAsTheSameWorksAndPlaces(String style, int mostLeft) {
        Analysis before = Ibidem.analyze(SEED);
        Rewrite once = before.rewrite(style);

        assertThat(once.left()).as("citations left as written: %s", once.left()).hasSizeLessThanOrEqualTo(mostLeft);

        Analysis after = Ibidem.analyzeText(SEED.getFileName().toString(), once.text(), IbidemOptions.defaults());
        assertThat(after.notes()).hasSameSizeAs(before.notes());
        assertThat(worksAndPlaces(after, before)).as("works and places, note by note")
                .isEqualTo(worksAndPlaces(before, before));
        assertThat(after.rewrite(style).changes()).as("changes of a second rewrite").isEmpty();
    }

    /**
     * Each note's citations as "work @ place", the place as Ibidem reads it (a range's dash aside, and Chicago's
     * "5:286" page 286 of the work's volume 5, as the original document gives the volume).
     */
    private static List<List<String>> worksAndPlaces(Analysis a, Analysis original) {
        List<List<String>> out = new ArrayList<>();
        for (ResolvedNote n : a.notes()) {
            List<String> cites = new ArrayList<>();
            for (ResolvedCitation rc : n.citations()) {
                org.ibidem.reference.Reference work = original.resolution().source(rc.sourceId());
                String volume = work == null ? null : work.volume();
                String place = rc.locator() == null ? "-" : rc.locator().value().replace('\u2013', '-');
                if (volume != null && place.startsWith(volume + ":")) {
                    place = place.substring(volume.length() + 1);
                }
                cites.add(rc.sourceId() + " @ " + place);
            }
            out.add(cites);
        }
        return out;
    }
}
