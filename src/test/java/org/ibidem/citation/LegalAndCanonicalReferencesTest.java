package org.ibidem.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ibidem.citation.ParsedCitations.only;
import static org.ibidem.citation.ParsedCitations.ref;

import org.ibidem.reference.ItemType;
import org.ibidem.reference.Locator;
import org.ibidem.reference.Name;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;
import org.junit.jupiter.api.Test;

/**
 * Notes that cite by a system of their own rather than by author, title and publication facts: court cases in
 * the Bluebook form Chicago follows (CMOS 14.276–14.281), scripture by book, chapter and verse (14.238–14.241), and
 * classical works by book and section (14.242–14.256).
 */
class LegalAndCanonicalReferencesTest {

    @Test
    void readsACourtCaseWithItsReporterFirstPagePinpointAndYear() {
        FullCitation c = (FullCitation) only("Brown v. Board of Education, 347 U.S. 483, 495 (1954).");
        Reference r = c.reference();
        assertThat(r.type()).isEqualTo(ItemType.LEGAL_CASE);
        assertThat(r.title()).isEqualTo("Brown v. Board of Education");
        assertThat(r.volume()).isEqualTo("347");
        assertThat(r.containerTitle()).isEqualTo("U.S.");
        assertThat(r.page()).isEqualTo("483");
        assertThat(r.issued()).isEqualTo(PartialDate.ofYear(1954));
        assertThat(r.authority()).isNull();
        assertThat(r.authors()).isEmpty();
        assertThat(c.locator()).isEqualTo(Locator.page("495"));
    }

    @Test
    void keepsTheCourtTheEarlierReporterAndTheOtherFormsOfACaseName() {
        Reference dennis = ref(only("United States v. Dennis, 183 F.2d 201, 212–13 (2d Cir. 1950)."));
        assertThat(dennis.authority()).isEqualTo("2d Cir.");
        assertThat(dennis.containerTitle()).isEqualTo("F.2d");
        assertThat(dennis.year()).isEqualTo(1950);

        Reference dred = ref(only("Dred Scott v. Sandford, 60 U.S. (19 How.) 393 (1857)."));
        assertThat(dred.containerTitle()).isEqualTo("U.S. (19 How.)");
        assertThat(dred.volume()).isEqualTo("60");
        assertThat(dred.page()).isEqualTo("393");

        Reference gault = ref(only("In re Gault, 387 U.S. 1 (1967)."));
        assertThat(gault.type()).isEqualTo(ItemType.LEGAL_CASE);
        assertThat(gault.title()).isEqualTo("In re Gault");

        Reference supp = ref(only("Smith v. Jones Manufacturing Co., 120 F. Supp. 2d 44 (S.D.N.Y. 2000)."));
        assertThat(supp.containerTitle()).isEqualTo("F. Supp. 2d");
        assertThat(supp.authority()).isEqualTo("S.D.N.Y.");
    }

    @Test
    void readsACaseShortFormAndTheLegalIbid() {
        ShortCitation s = (ShortCitation) only("Brown, 347 U.S. at 494.");
        assertThat(s.title()).isEqualTo("Brown");
        assertThat(s.volume()).isEqualTo("347");
        assertThat(s.locator()).isEqualTo(Locator.page("494"));
        assertThat(s.authors()).isEmpty();

        IbidCitation id = (IbidCitation) only("Id. at 495.");
        assertThat(id.locator()).isEqualTo(Locator.page("495"));
        assertThat(id.suffix()).isNull();
    }

    @Test
    void leavesABookWhoseTitleHasAVersusToTheBookRules() {
        Reference r = ref(only("Jill Lepore, Kennedy v. Nixon: The Great Debates (New York: Norton, 2020), 14."));
        assertThat(r.type()).isEqualTo(ItemType.BOOK);
        assertThat(r.authors()).containsExactly(Name.of("Lepore", "Jill"));
    }

    @Test
    void readsScriptureAsAPlaceInTheBibleInTheVersionNamed() {
        FullCitation gen = (FullCitation) only("Gen. 3:16.");
        assertThat(gen.reference().title()).isEqualTo("The Bible");
        assertThat(gen.locator()).isEqualTo(new Locator("verse", "Gen. 3:16"));
        assertThat(gen.flags()).contains(StyleFlag.CANONICAL_REFERENCE);

        FullCitation cor = (FullCitation) only("1 Cor. 13:4–7 (King James Version).");
        assertThat(cor.reference().title()).isEqualTo("The Bible, King James Version");
        assertThat(cor.locator().value()).isEqualTo("1 Cor. 13:4–7");

        FullCitation song = (FullCitation) only("Song of Sol. 2:1, 3 (NRSV).");
        assertThat(song.reference().title()).isEqualTo("The Bible, NRSV");
        assertThat(song.locator().value()).isEqualTo("Song of Sol. 2:1, 3");
    }

    @Test
    void leavesChapterAndVerseAfterAWordThatNamesNoBookAlone() {
        assertThat(only("Smith 3:16.")).isInstanceOf(ShortCitation.class);
        assertThat(only("Gen. 3:16 (emphasis added).")).isNotInstanceOf(FullCitation.class);
    }

    @Test
    void readsAClassicalReferenceAsAFullCitationOfTheWork() {
        FullCitation c = (FullCitation) only("Thucydides, History of the Peloponnesian War 2.40.1.");
        assertThat(c.reference().authors()).containsExactly(Name.of("Thucydides", null));
        assertThat(c.reference().title()).isEqualTo("History of the Peloponnesian War");
        assertThat(c.locator()).isEqualTo(new Locator("section", "2.40.1"));
        assertThat(c.flags()).contains(StyleFlag.CANONICAL_REFERENCE);

        assertThat(((FullCitation) only("Plato, Republic 514a–517c.")).locator().value()).isEqualTo("514a–517c");
        assertThat(ref(only("Aristotle, Politics 1.2.1253a.")).title()).isEqualTo("Politics");
    }

    @Test
    void leavesOrdinaryShortFormsAndDatedTitlesAsShortForms() {
        assertThat(only("Smith, Cold War Diplomacy, 45.")).isInstanceOf(ShortCitation.class);
        ShortCitation dated = (ShortCitation) only("Smith, Report 12.5.1944.");
        assertThat(dated.title()).contains("12.5.1944");
    }
}
