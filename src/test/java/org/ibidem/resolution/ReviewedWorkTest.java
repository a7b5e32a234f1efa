package org.ibidem.resolution;

import static org.ibidem.resolution.ResolverTable.assertResolvesAsWritten;

import org.junit.jupiter.api.Test;

/**
 * A book review cites the book under review by its pages alone ("P. 88.", "Pp. 107–08."): every such citation is
 * of one work, which no note gives in full (the first one introduces it, and no check asks for a full
 * citation of it).
 */
class ReviewedWorkTest {

    @Test
    void filesEveryPageOfTheReviewedBookUnderOneWork() {
        assertResolvesAsWritten("""
                0@88 1     | P. 88. The author explained his research. Jane Roe, The Bleak Comics, NEW YORKER (Jan. 14, 2019), https://www.example.com/x.
                0@117      | P. 117.
                0@199 0@107–08 | P. 199. Teddy receives attention too. Pp. 107–08. In the novel, we see things.
                """);
    }
}
