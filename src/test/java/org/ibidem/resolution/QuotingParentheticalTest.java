package org.ibidem.resolution;

import static org.ibidem.resolution.ResolverTable.assertResolvesAsWritten;

import org.junit.jupiter.api.Test;

/**
 * "(quoting …)" and "(citing …)" name a second authority, cited in full or in short inside the parenthetical; an
 * "Id." after it refers to the citation around it (Bluebook 4.1), not to the one inside.
 */
class QuotingParentheticalTest {

    @Test
    void readsTheCaseInsideAQuotingParentheticalAndLetsIdSkipIt() {
        assertResolvesAsWritten("""
                0@12     | Jane Roe, Courts and Their Limits, 9 YALE L.J. 1, 12 (2001).
                0@14 1@687 0@15 | See id. at 14 (quoting Doe v. Acme Corp., 412 U.S. 669, 687 (1973)). The court was firm. Id. at 15.
                """);
    }

    @Test
    void readsACaseShortFormInsideAParentheticalAfterAnIdOfTheNoteBefore() {
        assertResolvesAsWritten("""
                0@12      | Jane Roe, Courts and Their Limits, 9 YALE L.J. 1, 12 (2001).
                0@13 1@473 | Id. at 13 (quoting Doe v. Acme Corp., 454 U.S. 464, 473 (1982)).
                0@13 1@483 | Id. (internal quotation marks omitted) (quoting Acme, 454 U.S. at 483).
                0@13      | Id.
                """);
    }

    @Test
    void readsASupraInsideACitingParenthetical() {
        assertResolvesAsWritten("""
                0@5       | Jane Roe, Courts and Their Limits, 9 YALE L.J. 1, 5 (2001).
                1@298 0@8 | John Poe, Note, Standing Still, 84 MO. L. REV. 297, 298 (2019) (citing Roe, supra note 1, at 8) (noting things).
                1@298     | Id.
                """);
    }
}
