package org.ibidem.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.ibidem.diagnostic.rules.BuiltInRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One rule per code: every built-in rule reports exactly one {@link BuiltInCode}, every code has exactly one rule
 * (except the two the document extractor reports), and the validator's view of the codes comes from the enum.
 */
class BuiltInRulesTest {

    static List<ChainRule> rules() {
        return BuiltInRules.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void reportsExactlyOneBuiltInCode(ChainRule rule) {
        assertThat(rule.codes()).hasSize(1);
        RuleCode code = rule.codes().get(0);

        assertThat(BuiltInCode.byId(code.code())).as("the code of %s", rule).isNotNull();
        assertThat(BuiltInCode.byId(code.code()).ruleCode()).isEqualTo(code);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void isAClassOfItsOwnInTheRulesPackage(ChainRule rule) {
        assertThat(rule.getClass().getPackageName()).isEqualTo("org.ibidem.diagnostic.rules");
        assertThat(rule.getClass().getSimpleName()).endsWith("Rule");
        assertThat(rules().stream().filter(r -> r.getClass() == rule.getClass())).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(BuiltInCode.class)
    void hasOneRuleForEveryCodeTheExtractorDoesNotReport(BuiltInCode code) {
        long rules = rules().stream().filter(r -> r.codes().contains(code.ruleCode())).count();

        assertThat(rules).isEqualTo(BuiltInRules.FROM_EXTRACTOR.contains(code) ? 0 : 1);
    }

    @Test
    void runsTheRulesInTheOrderOfTheCodes() {
        List<BuiltInCode> ruleOrder = rules().stream().map(r -> BuiltInCode.byId(r.codes().get(0).code())).toList();

        assertThat(ruleOrder).isSortedAccordingTo(Enum::compareTo);
    }

    @Test
    void listsTheBuiltInCodesInEnumOrder() {
        assertThat(ChainValidator.builtInCodes()).containsExactlyElementsOf(
                Arrays.stream(BuiltInCode.values()).map(BuiltInCode::ruleCode).toList());
        List<RuleCode> knownCodes = new java.util.ArrayList<>(ChainValidator.builtInCodes());
        knownCodes.addAll(ReadingCodes.all()); // a file that cannot be read is a finding too
        assertThat(new ChainValidator(CheckOptions.defaults()).codes()).containsExactlyElementsOf(knownCodes);
    }

    @Test
    void switchesOffByDefaultOnlyTheCodesTheEnumSays() {
        assertThat(ChainValidator.OFF_BY_DEFAULT).containsExactlyInAnyOrder(Arrays.stream(BuiltInCode.values())
                .filter(c -> !c.onByDefault()).map(BuiltInCode::id).toArray(String[]::new));
    }

    @Test
    void findsACodeByItsId() {
        assertThat(BuiltInCode.byId("short-form-unmatched")).isEqualTo(BuiltInCode.SHORT_FORM_UNMATCHED);
        assertThat(BuiltInCode.byId("no-such-code")).isNull();
    }
}
