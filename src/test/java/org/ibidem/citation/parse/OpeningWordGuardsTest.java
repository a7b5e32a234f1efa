package org.ibidem.citation.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The tests of a text's first word that stand before a pattern opening with one of a few words never say no where
 * the pattern opens the text: {@link HeadReader#mayOpenWithSignal} before {@link HeadReader#SIGNAL}, and
 * {@link ArchivalReader#isDocumentGenre}, which answers as {@code DOCUMENT_GENRE} alone, the opening of an archival
 * unit ({@link ArchivalReader#opensAsStrongUnit}) and an artwork's medium ({@link ArtworkNotes#namesMedium}), on
 * generated texts.
 */
class OpeningWordGuardsTest {
    private static final List<String> PIECES = List.of("See", "see", "SEE", "also", "Also", "especially", "generally",
            "But", "but", "cf.", "Cf.", "CF.", "Compare", "contra", "Accord", "e.g.,", "e. g.,", "E.g.,", "for",
            "For", "example,", "instance,", "as", "As", "quoted", "Quoted", "in", "cited", "reprinted", "citing",
            "Quoting", "*", "* ", " ", "  ", "\t", ",", "Smith", "Brown", "seed", "especiallyx", "Seeing", "é",
            "\u212A", "Roe", "for example", "e.", "g.", "Especially,");

    @Test
    void everyOpeningThePatternReadsPassesTheTest() {
        Random random = new Random(20261210);
        int read = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder text = new StringBuilder();
            int pieces = 1 + random.nextInt(6);
            for (int i = 0; i < pieces; i++) {
                text.append(PIECES.get(random.nextInt(PIECES.size())));
                if (random.nextBoolean()) {
                    text.append(' ');
                }
            }
            String t = text.toString();
            if (HeadReader.SIGNAL.matcher(t).lookingAt()) {
                assertThat(HeadReader.mayOpenWithSignal(t)).as(t).isTrue();
                read++;
            }
        }
        assertThat(read).isGreaterThan(5_000);
    }

    @Test
    void documentGenreAnswersAsItsPattern() throws ReflectiveOperationException {
        Pattern genre = pattern(ArchivalReader.class, "DOCUMENT_GENRE");
        List<String> pieces = List.of("Confidential", "SECRET", "top", "secret", "Memorandum", "memo", "of",
                "conversation", "for", "the", "record", "Letter", "letters", "Diary", "entry", "journal", "Aide",
                "aide-mémoire", "aide-memoire", "Aide-Mémoire", "note", "verbale", "Oral", "history", "interview",
                "Remarks", "petitions", "Smith", "handwritten", "typed", "a", "é", "\u212A", " ", "  ", "\t", ",",
                "-", "draft");
        Random random = new Random(20261211);
        int read = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder text = new StringBuilder();
            int count = 1 + random.nextInt(5);
            for (int i = 0; i < count; i++) {
                text.append(pieces.get(random.nextInt(pieces.size())));
                if (random.nextInt(3) > 0) {
                    text.append(' ');
                }
            }
            String t = text.toString();
            boolean expected = genre.matcher(t).lookingAt();
            assertThat(ArchivalReader.isDocumentGenre(t)).as(t).isEqualTo(expected);
            read += expected ? 1 : 0;
        }
        assertThat(read).isGreaterThan(5_000);
    }

    @Test
    void strongArchivalUnitOpeningPassesEveryUnit() throws ReflectiveOperationException {
        Pattern unit = pattern(ArchivalReader.class, "ARCHIVAL_UNIT_STRONG");
        List<String> pieces = List.of("Box", "box", "BOXES", "Folder", "fonds", "File", "Carton", "Reel", "RG",
                "Record group", "Fond", "opis", "op.", "Delo", "Series", "Subseries", "Brown", "Charles", "Robert",
                "12", "IV", "3a", "/", ".", "–", "-", " ", "", "\u017Fe", "\u212A");
        Random random = new Random(20261214);
        int units = 0;
        for (int n = 0; n < 200_000; n++) {
            String t = pieces.get(random.nextInt(pieces.size())) + pieces.get(random.nextInt(pieces.size()))
                    + pieces.get(random.nextInt(pieces.size()));
            if (unit.matcher(t).matches()) {
                assertThat(ArchivalReader.opensAsStrongUnit(t)).as(t).isTrue();
                units++;
            }
        }
        assertThat(units).isGreaterThan(2_000);
    }

    @Test
    void artMediumTestAnswersAsItsPattern() throws ReflectiveOperationException {
        Pattern medium = pattern(ArtworkNotes.class, "ART_MEDIUM");
        List<String> pieces = List.of("Oil", "oil", "acrylic", "Watercolour", "watercolor", "ink", "chalk",
                " and ", "gold", " on ", "canvas", "panel", "paper", "Essays", "Reflections", "Thoughts", "gelatin "
                + "silver", " print", "print", "photograph", "Photograph", "marble", "bronze", "mixed media",
                "tapestry", " ", "x", "12", "é");
        Random random = new Random(20261215);
        int yes = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder text = new StringBuilder();
            int count = 1 + random.nextInt(5);
            for (int i = 0; i < count; i++) {
                text.append(pieces.get(random.nextInt(pieces.size())));
            }
            String t = text.toString();
            boolean expected = medium.matcher(t).matches();
            assertThat(ArtworkNotes.namesMedium(t)).as(t).isEqualTo(expected);
            yes += expected ? 1 : 0;
        }
        assertThat(yes).isGreaterThan(2_000);
    }

    private static Pattern pattern(Class<?> owner, String name) throws ReflectiveOperationException {
        java.lang.reflect.Field field = owner.getDeclaredField(name);
        field.setAccessible(true);
        return (Pattern) field.get(null);
    }
}
