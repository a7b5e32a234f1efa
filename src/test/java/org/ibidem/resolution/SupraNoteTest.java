package org.ibidem.resolution;

import static org.ibidem.resolution.ResolverTable.assertResolvesAsWritten;

import org.junit.jupiter.api.Test;

/** "Roe, supra note 1, at 82": the work note 1 cited, by the author named when that note cites several. */
class SupraNoteTest {

    @Test
    void resolvesASupraWithAParentheticalToTheArticleOfTheNoteItNames() {
        assertResolvesAsWritten("""
                0@103–04 | See generally Jane Q. Roe, Note, Standing Alone, 51 COLUM. J.L. & SOC. PROBS. 79, 103–04 (2017) (explaining what plaintiffs must show).
                1 0      | See Doe v. Acme Grp., 794 F.3d 688, 690 (7th Cir. 2015) (noting a class); see also Roe, supra note 1, at 82 n.16 (explaining reasons).
                0@81     | Roe, supra note 1, at 81 (noting many courts).
                """);
    }

    @Test
    void resolvesAnOscolaCrossReferenceByTheAuthorNamed() {
        assertResolvesAsWritten("""
                0@37 1 | Tom Roe, The Rule of Things (Allen Lane 2010) 37; Joan Doe, The Other Book (OUP 1977) 12.
                1@219  | Doe (n 1) 219.
                0@6-10 | Roe (n 1) 6-10.
                0@8    | ibid 8.
                """);
    }
}
