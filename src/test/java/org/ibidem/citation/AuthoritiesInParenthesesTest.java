package org.ibidem.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ibidem.reference.Locator;
import org.junit.jupiter.api.Test;

/**
 * Authorities listed in a parenthesis inside a sentence of prose, separated by periods ("as we are assured
 * (Quintus, i. 19. Marcellus, ii. 24. Varro, p. 281) that …"): each is a short form with its place.
 */
class AuthoritiesInParenthesesTest {

    private static final NoteParser PARSER = new NoteParser();

    @Test
    void readsEveryAuthorityOfTheParenthesis() {
        List<Citation> cs = PARSER.parse("The queen's officer might suggest a doubt; but as we are assured "
                + "(Quintus, i. 19. Marcellus, ii. 24. Varro, p. 281) that the province was not converted till "
                + "the fourth century, it is more reasonable to believe otherwise.");
        assertThat(cs).hasSize(3);
        assertThat(cs).allMatch(c -> c instanceof ShortCitation);
        assertThat(((ShortCitation) cs.get(0)).authors()).extracting(a -> a.family()).containsExactly("Quintus");
        assertThat(cs.get(0).locator().value()).isEqualTo("i. 19");
        assertThat(((ShortCitation) cs.get(2)).authors()).extracting(a -> a.family()).containsExactly("Varro");
        assertThat(cs.get(2).locator()).isEqualTo(new Locator("page", "281"));
    }

    @Test
    void readsNothingInAParenthesisOfProse() {
        assertThat(PARSER.parse("The province (as Rome, at least, believed. Others did not) was converted late."))
                .isEmpty();
    }

    @Test
    void readsWorksNamedByTitleInAParenthesisBetweenSentences() {
        List<Citation> cs = PARSER.parse("Of all the provinces, that of the north alone kept the old rites. "
                + "(Hartley's Church History of the North, and Lettres de Quin sur la Relation du P. Varro.) "
                + "The queen's officer might suggest a doubt.");
        assertThat(cs).hasSize(2);
        assertThat(cs).allMatch(c -> c instanceof ShortCitation);
        assertThat(cs.get(1).text()).startsWith("Lettres de Quin");
    }

    @Test
    void readsNoTitleInAParenthesisOfProse() {
        assertThat(PARSER.parse("The north kept the old rites. (This is doubted by many.) The officer came later."))
                .isEmpty();
    }
}
