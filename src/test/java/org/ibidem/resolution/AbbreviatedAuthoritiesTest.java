package org.ibidem.resolution;

import static org.ibidem.resolution.ResolverTable.assertResolvesAsWritten;

import org.junit.jupiter.api.Test;

/**
 * Learned notes name one authority now in full, now abbreviated ("Orosius" / "Oros."), and may name a writer
 * alone before they give the title of his work.
 */
class AbbreviatedAuthoritiesTest {

    @Test
    void resolvesAnAbbreviatedAuthorAndLocCitToTheFullNamesWork() {
        assertResolvesAsWritten("""
                0       | Orosius, Hist. Advers. Pagan. l. vii. c. 7.  # short-form-unmatched
                0       | The date is wrong, as every chronicle shows. Oros. loc. cit.
                0       | Papias, ap. Oros. l. iii. c. 39.
                """);
    }

    @Test
    void givesAWriterNamedAloneTheTitleCitedNextByHisName() {
        assertResolvesAsWritten("""
                0       | Orosius, Hist. Advers. Pagan. l. vii. c. 7.  # short-form-unmatched
                0 1     | Oros. loc. cit., and Tillotson.  # short-form-unmatched
                1       | Tillotson, Hist. Eccles. p. 605.
                1       | Tillotson (Hist. Eccles. p. 477) has collected them all.
                """);
    }
}
