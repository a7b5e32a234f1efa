package org.ibidem.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sentence of an older note that sends the reader to a kind of writing of named authors ("See the catalogues
 * of Quintus and Marcellus."): each author is a short form of his own; other "See the … of …" sentences are prose.
 */
class WorksOfAuthorsTest {

    private static final NoteParser PARSER = new NoteParser();

    @Test
    void readsEachAuthorTheReaderIsSentTo() {
        List<Citation> cs = PARSER.parse("See the catalogues of Quintus and Marcellus. It must be allowed that "
                + "those writers were inclined to multiply the number of sects.");
        assertThat(cs).hasSize(2);
        assertThat(((ShortCitation) cs.get(0)).authors()).extracting(a -> a.family()).containsExactly("Quintus");
        assertThat(((ShortCitation) cs.get(1)).authors()).extracting(a -> a.family()).containsExactly("Marcellus");
    }

    @Test
    void readsOneAuthorAfterConsult() {
        List<Citation> cs = PARSER.parse("Consult the letters of Hartley.");
        assertThat(cs).hasSize(1);
        assertThat(cs.get(0)).isInstanceOf(ShortCitation.class);
    }

    @Test
    void readsNoAuthorWhereTheSentenceNamesNoWriting() {
        assertThat(PARSER.parse("See the effect of Rome on the provinces.")).isEmpty();
        assertThat(PARSER.parse("See the fall of Carthage.")).isEmpty();
    }

    @Test
    void readsAWorkSentToByItsTitleAlone() {
        List<Citation> cs = PARSER.parse("These arguments were refuted with candor by the bishop. See the Annales "
                + "Nordici, (it well deserves that name,) or account of the dispute between them.");
        assertThat(cs).hasSize(1);
        assertThat(cs.get(0)).isInstanceOf(ShortCitation.class);
        assertThat(cs.get(0).text()).isEqualTo("Annales Nordici");
        assertThat(((ShortCitation) cs.get(0)).title()).isEqualTo("Annales Nordici");
        assertThat(((ShortCitation) cs.get(0)).authors()).isEmpty();
    }

    @Test
    void readsNoTitleInASentenceOfProseAfterSeeThe() {
        assertThat(PARSER.parse("See the Romans fight their way north, as they did before.")).isEmpty();
    }
}
