package org.ibidem.diagnostic.rules;

import java.util.List;
import java.util.Objects;
import org.ibidem.diagnostic.BuiltInCode;
import org.ibidem.diagnostic.ChainRule;
import org.ibidem.diagnostic.RuleCode;

/**
 * A built-in rule: it reports exactly one {@link BuiltInCode}, named once, in its constructor.
 *
 * <p>Subclasses are stateless and thread-safe.
 */
abstract class SingleCodeRule implements ChainRule {

    private final BuiltInCode code;

    SingleCodeRule(BuiltInCode code) {
        this.code = Objects.requireNonNull(code, "code");
    }

    /** The one code this rule reports. */
    final BuiltInCode code() {
        return code;
    }

    @Override
    public final List<RuleCode> codes() {
        return List.of(code.ruleCode());
    }

    @Override
    public String toString() {
        return code.id();
    }
}
