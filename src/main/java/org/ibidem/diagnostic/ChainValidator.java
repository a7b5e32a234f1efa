package org.ibidem.diagnostic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ibidem.document.DocumentProblem;
import org.ibidem.document.Note;
import org.ibidem.document.SourcePosition;
import org.ibidem.document.TextSpan;

/**
 * Runs the chain rules over a resolved document and collects their findings, in file order.
 *
 * <pre>{@code
 * List<Diagnostic> found = new ChainValidator(CheckOptions.defaults()).check(new CheckContext(doc, resolution));
 * }</pre>
 *
 * <p>Immutable and thread-safe, provided the rules it holds are (built-in rules are).
 */
public final class ChainValidator {

    private static final List<ChainRule> BUILT_IN = List.of(
            new MarkerRules(),
            new NumberingRules(),
            new IbidRules(),
            new ShortFormRules(),
            new ParseRules(),
            new ConsistencyRules(),
            new CompletenessRules(),
            new HouseStyleRules());

    /**
     * Rules that run only when asked for (a severity set in the options). Chicago's four-word limit on short
     * titles is real, but so many writers repeat longer titles that it would drown what matters.
     */
    public static final java.util.Set<String> OFF_BY_DEFAULT = java.util.Set.of("short-title-too-long");

    private final CheckOptions options;
    private final List<ChainRule> rules;
    private final Map<String, RuleCode> codes;

    /**
     * A validator with the given options.
     *
     * @throws IllegalArgumentException when the options name a code no rule reports, or a rule of the caller's
     *                                  reuses a built-in code
     */
    public ChainValidator(CheckOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        List<ChainRule> all = new ArrayList<>(BUILT_IN);
        all.addAll(options.extraRules());
        this.rules = List.copyOf(all);
        Map<String, RuleCode> byCode = new LinkedHashMap<>();
        for (RuleCode code : ReadingCodes.all()) {
            byCode.put(code.code(), code);
        }
        for (ChainRule rule : rules) {
            for (RuleCode code : rule.codes()) {
                if (byCode.put(code.code(), code) != null) {
                    throw new IllegalArgumentException("Two rules report the code '" + code.code() + "'");
                }
            }
        }
        this.codes = byCode;
        for (String code : options.disabled()) {
            requireKnown(code);
        }
        for (String code : options.severities().keySet()) {
            requireKnown(code);
        }
    }

    /** The codes of the built-in rules, in the order the README lists them. */
    public static List<RuleCode> builtInCodes() {
        List<RuleCode> out = new ArrayList<>();
        for (ChainRule rule : BUILT_IN) {
            out.addAll(rule.codes());
        }
        return out;
    }

    /**
     * The severity a code's findings get under these options, or null when they are switched off. For
     * findings made outside the rules, such as {@link ReadingCodes} for a file that cannot be read.
     */
    public Severity severityOf(String code) {
        requireKnown(code);
        if (options.disabled().contains(code)) {
            return null;
        }
        Severity configured = options.severities().get(code);
        return configured != null ? configured : codes.get(code).defaultSeverity();
    }

    /** The codes every rule of this validator may report, and the {@link ReadingCodes}. */
    public List<RuleCode> codes() {
        return List.copyOf(codes.values());
    }

    /** Checks one document. Never throws on content. */
    public List<Diagnostic> check(CheckContext context) {
        if (context.options() != options) {
            context = new CheckContext(context.document(), context.resolution(), options);
        }
        Collector sink = new Collector(context);
        for (DocumentProblem p : context.document().problems()) {
            sink.report(p.code(), p.position(), p.message());
        }
        for (ChainRule rule : rules) {
            rule.check(context, sink);
        }
        List<Diagnostic> out = sink.found;
        out.sort(Comparator.comparingInt((Diagnostic d) -> d.position().offset())
                .thenComparingInt(d -> d.noteIndex())
                .thenComparing(Diagnostic::code));
        return out;
    }

    private void requireKnown(String code) {
        if (!codes.containsKey(code)) {
            throw new IllegalArgumentException("Unknown diagnostic code '" + code + "'. Known codes: "
                    + String.join(", ", codes.keySet()));
        }
    }

    /** Collects findings for one check, applying the configuration. */
    private final class Collector implements DiagnosticSink {
        private final CheckContext context;
        private final List<Diagnostic> found = new ArrayList<>();
        private final Map<String, Severity> cache = new HashMap<>();

        Collector(CheckContext context) {
            this.context = context;
        }

        @Override
        public void report(String code, Note note, String message) {
            add(code, note, note.position(), null, message);
        }

        @Override
        public void report(String code, Note note, TextSpan span, String message) {
            if (span == null) {
                report(code, note, message);
                return;
            }
            add(code, note, context.position(note, span.start()), context.end(note, span), message);
        }

        @Override
        public void report(String code, SourcePosition position, String message) {
            add(code, null, position, null, message);
        }

        @Override
        public boolean reports(String code) {
            return cache.computeIfAbsent(code, this::severityOf) != null;
        }

        private void add(String code, Note note, SourcePosition position, SourcePosition end, String message) {
            Severity severity = cache.computeIfAbsent(code, this::severityOf);
            if (severity == null) {
                return;
            }
            found.add(new Diagnostic(severity, code, note == null ? 0 : note.index(),
                    note == null ? null : note.displayName(), position, end, message));
        }

        private Severity severityOf(String code) {
            if (options.disabled().contains(code)) {
                return null;
            }
            Severity configured = options.severities().get(code);
            if (configured != null) {
                return configured;
            }
            if (OFF_BY_DEFAULT.contains(code)) {
                return null;
            }
            RuleCode known = codes.get(code);
            // Document problems are reported by the extractor, not by a rule: warnings unless configured.
            return known == null ? Severity.WARNING : known.defaultSeverity();
        }
    }
}
