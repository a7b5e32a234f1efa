package org.ibidem.diagnostic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.NullMarked;

/**
 * Which rules run and how severe their findings are: codes switched off, severities changed, rules added.
 *
 * <pre>{@code
 * CheckOptions options = CheckOptions.defaults()
 *         .withSeverity("note-without-marker", Severity.ERROR)
 *         .without("ibid-without-period");
 * }</pre>
 *
 * <p>Immutable and thread-safe; every {@code with…} method returns a new instance.
 *
 * @param severities     changed severities by code
 * @param disabled       codes switched off
 * @param extraRules     rules added to the built-in ones
 * @param chicagoEdition the edition of the Chicago Manual of Style to advise for (17 or 18), or 0 for no
 *                       edition-specific advice
 */
@NullMarked
public record CheckOptions(Map<String, Severity> severities, Set<String> disabled, List<ChainRule> extraRules,
                           int chicagoEdition) {

    /** Validates and copies. */
    public CheckOptions {
        severities = Map.copyOf(Objects.requireNonNull(severities, "severities"));
        disabled = Set.copyOf(Objects.requireNonNull(disabled, "disabled"));
        extraRules = List.copyOf(Objects.requireNonNull(extraRules, "extraRules"));
        if (chicagoEdition != 0 && chicagoEdition != 17 && chicagoEdition != 18) {
            throw new IllegalArgumentException("Chicago edition must be 17 or 18, not " + chicagoEdition);
        }
    }

    /** All built-in rules at their default severities, no edition-specific advice. */
    public static CheckOptions defaults() {
        return new CheckOptions(Map.of(), Set.of(), List.of(), 0);
    }

    /** These options advising for an edition of the Chicago Manual (17 or 18; 0 for none). */
    public CheckOptions withChicagoEdition(int edition) {
        return new CheckOptions(severities, disabled, extraRules, edition);
    }

    /** These options with a code's severity changed. */
    public CheckOptions withSeverity(String code, Severity severity) {
        Map<String, Severity> s = new HashMap<>(severities);
        s.put(Objects.requireNonNull(code, "code"), Objects.requireNonNull(severity, "severity"));
        Set<String> d = new HashSet<>(disabled);
        d.remove(code);
        return new CheckOptions(s, d, extraRules, chicagoEdition);
    }

    /** These options with a code switched on at its default severity (for rules that are off by default). */
    public CheckOptions withEnabled(String code) {
        BuiltInCode known = BuiltInCode.byId(Objects.requireNonNull(code, "code"));
        if (known == null) {
            // A rule of the caller's: switching it on is only taking it off the disabled list.
            Set<String> d = new HashSet<>(disabled);
            d.remove(code);
            return new CheckOptions(severities, d, extraRules, chicagoEdition);
        }
        return withSeverity(code, known.defaultSeverity());
    }

    /** These options with a code switched off. */
    public CheckOptions without(String code) {
        Set<String> d = new HashSet<>(disabled);
        d.add(Objects.requireNonNull(code, "code"));
        return new CheckOptions(severities, d, extraRules, chicagoEdition);
    }

    /** These options with a rule of the caller's added. */
    public CheckOptions withRule(ChainRule rule) {
        List<ChainRule> r = new ArrayList<>(extraRules);
        r.add(Objects.requireNonNull(rule, "rule"));
        return new CheckOptions(severities, disabled, r, chicagoEdition);
    }
}
