package org.ibidem.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ibidem.citation.ParsedCitations.only;

import org.ibidem.Analysis;
import org.ibidem.Ibidem;
import org.ibidem.reference.Locator;
import org.ibidem.resolution.ResolutionStatus;
import org.ibidem.resolution.ResolvedCitation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The provisions of an Act after "ibid" or a short form, as OSCOLA abbreviates them: the provision is the
 * citation's locator, not a remark after an inherited one; and the Act's id holds its year once. Notes written
 * for this test.
 */
class ProvisionLocatorsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ibid, s 4.           | section   | s 4",
            "ibid s 3(1)(a).      | section   | s 3(1)(a)",
            "Ibid, ss 4–6.        | section   | ss 4–6",
            "Ibid, s 27A.         | section   | s 27A",
            "Ibid, reg. 5.        | section   | reg. 5",
            "Ibid, reg 5.         | section   | reg 5",
            "Ibid, regs 2 and 3.  | section   | regs 2 and 3",
            "Ibid, sch 1.         | section   | sch 1",
            "Ibid, sch 2 para 3.  | section   | sch 2 para 3",
            "Ibid, arts 2–4.      | section   | arts 2–4",
            "Ibid, paras 12–14.   | paragraph | paras 12–14"})
    void readsAProvisionAfterIbid(String note, String label, String value) {
        IbidCitation ibid = (IbidCitation) only(note);
        assertThat(ibid.locator()).isEqualTo(new Locator(label, value));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ibid, S 4.             | S 4",
            "Ibid, s four.          | s four",
            "Ibid, sch.             | sch",
            "Ibid, s 4 of the Act.  | s 4 of the Act",
            // With a stop, "s." is a page in Scandinavian, Polish and Czech notes: no provision.
            "Ibid., s. 45.          | s. 45"})
    void leavesWhatIsNoProvisionAsARemark(String note, String remark) {
        IbidCitation ibid = (IbidCitation) only(note);
        assertThat(ibid.locator()).isNull();
        assertThat(ibid.suffix()).isEqualTo(remark);
    }

    @Test
    void anIbidNamesItsOwnProvisionNotTheOneBefore() {
        Analysis a = Ibidem.analyzeText("Text.[1] More.[2]\n\nNotes\n\n[1] Equality Act 2010, s 2.\n\n"
                + "[2] Ibid, s 4.\n");
        ResolvedCitation ibid = a.notes().get(1).citations().get(0);
        assertThat(ibid.status()).isEqualTo(ResolutionStatus.RESOLVED);
        // The Act's id holds its year once: the short title ends with it.
        assertThat(a.notes().get(0).citations().get(0).sourceId()).isEqualTo("equalityact2010");
        assertThat(ibid.sourceId()).isEqualTo("equalityact2010");
        assertThat(ibid.locator()).isEqualTo(new Locator("section", "s 4"));
        assertThat(ibid.locatorInherited()).isFalse();
    }
}
