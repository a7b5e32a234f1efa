package org.ibidem.resolution;

import static org.ibidem.resolution.ResolverTable.assertResolvesAsWritten;

import org.junit.jupiter.api.Test;

/**
 * A cross-reference to a note that cites several works says which one: by the authors' names (all of them), by a
 * short title after the name ("Roe, Short Title, supra note 2"), or by the title alone. A note that cites one work
 * is that work whatever name the cross-reference uses.
 */
class SupraShortTitleTest {

    @Test
    void tellsTwoWorksOfOneAuthorInOneNoteApartByTheirShortTitles() {
        assertResolvesAsWritten("""
                0@5–6 1@7 | Jane Roe, Civil Rights Online, 89 B.U. L. REV. 61, 5–6 (2009) [hereinafter Roe, Civil Rights]; Jane Roe, Sexual Privacy, 128 YALE L.J. 1870, 7 (2019) [hereinafter Roe, Privacy].
                1@9 0@12  | Roe,* Sexual Privacy, supra* note 1, at 9; Roe, Civil Rights, supra note 1, at 12.
                """);
    }

    @Test
    void findsTheWorkOfTwoAuthorsAmongTheirOwn() {
        assertResolvesAsWritten("""
                0 1 2     | Jane Roe, Civil Rights Online, 89 B.U. L. REV. 61 (2009); Jane Roe & Mary Doe, Criminal Things, 49 WAKE FOREST L. REV. 345 (2014); Mary Doe, Sexual Harassment, 71 MD. L. REV. 655 (2012).
                1@385     | Roe & Doe, supra note 1, at 385.
                """);
    }

    @Test
    void takesTheOneWorkOfTheNoteWhateverNameItIsGiven() {
        assertResolvesAsWritten("""
                0@6       | The Rt. Hon Lord Tom Hale, 'The Rule of Things' (Faculty of Law, University of Leeds, 2006) 6.
                0@4       | Lord Hale (n 1) 4.
                """);
    }

    @Test
    void resolvesASupraWithoutANoteNumberToTheAuthorsLastWork() {
        assertResolvesAsWritten("""
                0 1 0     | Jane Roe, Civil Rights Online, 89 B.U. L. REV. 61 (2009); see also Mary Doe, Sexual Harassment, 71 MD. L. REV. 655 (2012); see Roe, supra.
                """);
    }

    @Test
    void readsNoWorkInACrossReferenceToThePartsOfTheText() {
        assertResolvesAsWritten("""
                0@5       | Jane Roe, Civil Rights Online, 89 B.U. L. REV. 61, 5 (2009). For more, see infra Section II.C (discussing the split).
                          | See Section II.C (discussing precedent).
                """);
    }

    @Test
    void keepsACrossReferenceUnresolvedWhenItsNameIsAnotherWorksAndTheNoteNumberIsWrong() {
        assertResolvesAsWritten("""
                0@[12]    | R (Smith) v Home Secretary [2006] 1 AC 262 [12].
                1@3       | Tom Roe, The Rule of Things (Allen Lane 2010) 3.
                -@[14]    | R (Smith) (n 2) [14].  # short-form-unmatched
                """);
    }

    @Test
    void takesTheOneWorkOfTheNoteWhenTheNameKeepsAParticleTheFullCitationSetApart() {
        assertResolvesAsWritten("""
                0@313     | Andrew Le Roux, Maurice Dunn, Public Law: Text and Cases (4th edn, OUP 2019) 313.
                0@69      | Le Roux et al. (n 1) 69.
                """);
    }
}
