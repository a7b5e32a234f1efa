package org.ibidem.citation;

import static org.assertj.core.api.Assertions.assertThat;

import org.ibidem.reference.Name;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which names are read family name first, and which stay in Western order. */
class EastAsianNamesTest {

    @ParameterizedTest(name = "{0} -> {1}, {2}")
    @CsvSource({
        // Written in their own order: the family name first.
        "Chen Jian, Chen, Jian",
        "Mao Zedong, Mao, Zedong",
        "Mao Tse-tung, Mao, Tse-tung",
        "Shen Zhihua, Shen, Zhihua",
        "Kim Il-sung, Kim, Il-sung",
        "Park Chung-hee, Park, Chung-hee",
        "Ngo Dinh Diem, Ngo, Dinh Diem",
        "Hu Shih, Hu, Shih",
        // Western order: the family name last, as for every other name.
        "Zhihua Shen, Shen, Zhihua",
        "Jian Chen, Chen, Jian",
        "Yo-Yo Ma, Ma, Yo-Yo",
        "Kim Novak, Novak, Kim",
        "Lee Child, Child, Lee",
        "Lee Harvey Oswald, Oswald, Lee Harvey",
        "Wang Li, Li, Wang",
        "Jung Chang, Chang, Jung",
        "Ma Rainey, Rainey, Ma",
    })
    void readsTheFamilyNameWhereTheNameWritesIt(String written, String family, String given) {
        Name name = Names.parsePerson(written, false);
        assertThat(name.family()).isEqualTo(family);
        assertThat(name.given()).isEqualTo(given);
    }

    @ParameterizedTest
    @CsvSource({"Chen Jian", "Kim Il-sung"})
    void agreesWithTheFamilyNameFirstOption(String written) {
        assertThat(Names.parsePerson(written, true)).isEqualTo(Names.parsePerson(written, false));
    }

    @org.junit.jupiter.api.Test
    void leavesANameListedAsGivenFirstInWesternOrder() {
        NameOrder order = NameOrder.givenFirst(java.util.Set.of("Ma Jun"));
        assertThat(Names.parseList("Ma Jun and Chen Jian", order)).extracting(Name::family)
                .containsExactly("Jun", "Chen");
    }
}
