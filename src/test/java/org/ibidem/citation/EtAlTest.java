package org.ibidem.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ibidem.citation.ParsedCitations.only;
import static org.ibidem.citation.ParsedCitations.ref;

import org.ibidem.Ibidem;
import org.ibidem.reference.Name;
import org.ibidem.reference.Reference;
import org.junit.jupiter.api.Test;

/** "et al." after the authors is kept as {@link Name#others()} ending the list, and BibTeX writes "and others". */
class EtAlTest {

    @Test
    void marksAuthorsCutShortWithEtAl() {
        Reference r = ref(only("Mary Beard et al., SPQR: A History of Ancient Rome (New York: Liveright, 2015), 12."));

        assertThat(r.authors()).containsExactly(Name.of("Beard", "Mary"), Name.others());
    }

    @Test
    void marksNothingWhenEveryAuthorIsNamed() {
        Reference r = ref(only("Mary Beard and John North, Religions of Rome (Cambridge: CUP, 1998), 12."));

        assertThat(r.authors()).noneMatch(Name::isOthers);
    }

    @Test
    void exportsTheMarkAsAndOthers() {
        String bib = Ibidem.analyzeText("Text.[1]\n\n[1] Mary Beard et al., SPQR: A History of Ancient Rome (New "
                + "York: Liveright, 2015), 12.\n").bibtex();

        assertThat(bib).contains("author = {Beard, Mary and others}");
    }
}
