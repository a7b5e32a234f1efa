package org.ibidem.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Name;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;
import org.junit.jupiter.api.Test;

/** Name particles as the style's demote-non-dropping-particle says; expected entries are citeproc-js 2.4.63's. */
class ParticleDemotionTest {

    private static final BibliographyFormatter FORMATTER = new BibliographyFormatter();

    private static Reference book(List<Name> authors, String title, int year) {
        Reference.Builder b = Reference.builder(ItemType.BOOK).authors(authors).title(title);
        if (year > 0) {
            b.issued(PartialDate.ofYear(year));
        }
        return b.build();
    }

    private static final List<Reference> WORKS = List.of(
            Reference.builder(ItemType.BOOK).authors(List.of(new Name("Secondat", "Charles Louis", "de", null, null),
                    new Name("Montesquieu", "Baron", "de", null, null))).title("Complete Works")
                    .publisher("T. Evans").issued(PartialDate.ofYear(1777)).build(),
            book(List.of(new Name("Azurara", "Gomez Eannes", "de", null, null)),
                    "Chronicle of the Discovery and Conquest of Guinea", 0),
            book(List.of(new Name("Rosa", "Javier", "de la", null, null)), "Lazarillo", 0),
            book(List.of(Name.of("d'Estournelles", "M. Le Baron")), "Superstitions", 1882),
            book(List.of(Name.of("Burke", "Peter")), "Culture", 0));

    @Test
    void chicagoPutsTheParticleAfterTheGivenNameAndSortsWithoutIt() {
        assertThat(FORMATTER.format(WORKS, "chicago", OutputFormat.TEXT).entries()).containsExactly(
                "Azurara, Gomez Eannes de. Chronicle of the Discovery and Conquest of Guinea. n.d.",
                "Burke, Peter. Culture. n.d.",
                "Estournelles, M. Le Baron d’. Superstitions. 1882.",
                "Rosa, Javier de la. Lazarillo. n.d.",
                "Secondat, Charles Louis de, and Baron de Montesquieu. Complete Works. T. Evans, 1777.");
    }

    @Test
    void apaKeepsTheParticleFirstAsItsStyleSaysNever() {
        assertThat(FORMATTER.format(WORKS, "apa", OutputFormat.TEXT).entries()).contains(
                "de Secondat, C. L., & de Montesquieu, B. (1777). Complete Works. T. Evans.",
                "de la Rosa, J. (n.d.). Lazarillo.");
    }
}
