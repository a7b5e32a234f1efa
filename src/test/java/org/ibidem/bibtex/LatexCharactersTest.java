package org.ibidem.bibtex;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Name;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What LaTeX cannot set is dropped with a warning; with ASCII, accented letters become LaTeX escapes. */
class LatexCharactersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "José|Jos{\\'{e}}", "Núñez|N{\\'{u}}{\\~{n}}ez", "Gödel|G{\\\"{o}}del", "Straße|Stra{\\ss}e",
            "Łódź|{\\L}{\\'{o}}d{\\'{z}}", "Ça|{\\c{C}}a", "naïve|na{\\\"{\\i}}ve", "Dvořák|Dvo{\\v{r}}{\\'{a}}k",
            "Øre|{\\O}re", "1956–1966|1956--1966", "plain|plain"})
    void writesAccentedLettersAsLatexEscapes(String text, String ascii) {
        List<Integer> kept = new ArrayList<>();
        assertThat(LatexCharacters.ascii(text, kept::add)).isEqualTo(ascii);
        assertThat(kept).isEmpty();
    }

    @Test
    void keepsWhatHasNoEscapeAndSaysSo() {
        List<Integer> kept = new ArrayList<>();
        assertThat(LatexCharacters.ascii("毛泽东 Mao", kept::add)).isEqualTo("毛泽东 Mao");
        assertThat(kept).containsExactly((int) '毛', (int) '泽', (int) '东');
    }

    @Test
    void dropsEmojiAndSaysSo() {
        List<Integer> dropped = new ArrayList<>();
        assertThat(LatexCharacters.settable("{Los} 🎉 días 👍🏽", dropped::add)).isEqualTo("{Los} días");
        assertThat(dropped).containsExactly(0x1F389, 0x1F44D, 0x1F3FD);
    }

    @Test
    void warnsOfEachDroppedCharacterWithTheEntryAndField() {
        List<String> warnings = new ArrayList<>();
        Reference r = Reference.builder(ItemType.ARTICLE_NEWSPAPER).id("nunez1990").title("Los 🎉 días").build();
        String bib = new BibTeXExporter().onWarning(warnings::add).export(List.of(r));
        assertThat(bib).contains("title = {{Los} días}").doesNotContain("🎉");
        assertThat(warnings).containsExactly("nunez1990: title: dropped 🎉 (U+1F389), which LaTeX cannot set");
    }

    @Test
    void asciiBibTeXReadsBackAsTheSameText() throws Exception {
        Reference r = Reference.builder(ItemType.BOOK).id("alvarez")
                .authors(List.of(Name.of("Álvarez Núñez", "José"), Name.of("Gödel", "Kurt")))
                .title("Kraków and Straße: Éire über alles").publisher("Éditions du Seuil")
                .url("https://example.org/café").issued(PartialDate.of(1990, 7, 4)).build();
        String bib = new BibTeXExporter().ascii(true).export(List.of(r));

        assertThat(bib.chars().allMatch(c -> c < 0x80)).isTrue();
        BibTeXEntry e = new BibTeXParser().parse(new StringReader(bib)).resolveEntry(new Key("alvarez"));
        assertThat(printed(e, "author")).isEqualTo("Álvarez Núñez, José and Gödel, Kurt");
        // JBibTeX's LaTeX printer undoes the common accents only; the rest are checked escape by escape above.
        assertThat(printed(e, "title")).isEqualTo("Kraków and Straße: Éire über alles");
        assertThat(printed(e, "publisher")).isEqualTo("Éditions du Seuil");
        assertThat(e.getField(new Key("url")).toUserString()).isEqualTo("https://example.org/caf%C3%A9");
    }

    private static String printed(BibTeXEntry e, String field) throws Exception {
        return new LaTeXPrinter().print(new LaTeXParser().parse(e.getField(new Key(field)).toUserString()));
    }
}
