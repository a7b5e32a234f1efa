package org.ibidem.diagnostic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.ibidem.diagnostic.rules.BuiltInRules;
import org.ibidem.document.DocumentProblem;
import org.ibidem.document.Note;
import org.ibidem.document.SourcePosition;
import org.ibidem.document.TextSpan;
import org.ibidem.resolution.ResolvedCitation;
import org.ibidem.resolution.ResolvedNote;

/**
 * Runs the chain rules over a resolved document and collects their findings, in file order. The built-in rules
 * are {@link org.ibidem.diagnostic.rules.BuiltInRules}, one per {@link BuiltInCode}; those that look at one note
 * or citation at a time ({@link NoteRule}, the caller's too) share one walk over the notes.
 *
 * <pre>{@code
 * List<Diagnostic> found = new ChainValidator(CheckOptions.defaults()).check(new CheckContext(doc, resolution));
 * }</pre>
 *
 * <p>Immutable and thread-safe, provided the rules it holds are (built-in rules are).
 */
public final class ChainValidator {

    /**
     * The codes of rules that run only when asked for (a severity set in the options): those of
     * {@link BuiltInCode} that are not {@linkplain BuiltInCode#onByDefault() on by default}.
     */
    public static final Set<String> OFF_BY_DEFAULT = Arrays.stream(BuiltInCode.values())
            .filter(c -> !c.onByDefault()).map(BuiltInCode::id).collect(Collectors.toUnmodifiableSet());

    private final CheckOptions options;
    /** Built-in rules that look at the whole document at once (markers against notes). */
    private final List<ChainRule> documentRules;
    /** Rules that look at one note or citation at a time, walked together. */
    private final List<NoteRule> noteRules;
    /** The caller's whole-document rules, run last, as they always were. */
    private final List<ChainRule> extraDocumentRules;
    private final Map<String, RuleCode> codes;

    /**
     * A validator with the given options.
     *
     * @throws IllegalArgumentException when the options name a code no rule reports, or a rule of the caller's
     *                                  reuses a built-in code
     */
    public ChainValidator(CheckOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        List<ChainRule> document = new ArrayList<>();
        List<NoteRule> perNote = new ArrayList<>();
        List<ChainRule> extraDocument = new ArrayList<>();
        for (ChainRule rule : BuiltInRules.all()) {
            if (rule instanceof NoteRule n) {
                perNote.add(n);
            } else {
                document.add(rule);
            }
        }
        for (ChainRule rule : options.extraRules()) {
            if (rule instanceof NoteRule n) {
                perNote.add(n);
            } else {
                extraDocument.add(rule);
            }
        }
        this.documentRules = List.copyOf(document);
        this.noteRules = List.copyOf(perNote);
        this.extraDocumentRules = List.copyOf(extraDocument);
        Map<String, RuleCode> byCode = new LinkedHashMap<>();
        for (BuiltInCode code : BuiltInCode.values()) {
            byCode.put(code.id(), code.ruleCode());
        }
        for (RuleCode code : ReadingCodes.all()) {
            byCode.put(code.code(), code);
        }
        for (ChainRule rule : options.extraRules()) {
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

    /** The codes of the built-in rules, in the order of {@link BuiltInCode} (and of the README's table). */
    public static List<RuleCode> builtInCodes() {
        return BuiltInCode.ruleCodes();
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

    /**
     * Checks one document: the whole-document rules, then one walk over the notes and their citations for every
     * {@link NoteRule}, then the caller's whole-document rules. Never throws on content.
     */
    public List<Diagnostic> check(CheckContext context) {
        if (context.chicagoEdition() != options.chicagoEdition()) {
            context = new CheckContext(context.document(), context.resolution(), options.chicagoEdition());
        }
        Collector sink = new Collector(context);
        for (DocumentProblem p : context.document().problems()) {
            sink.report(p.code(), p.position(), p.message());
        }
        for (ChainRule rule : documentRules) {
            rule.check(context, sink);
        }
        walk(context, sink);
        for (ChainRule rule : extraDocumentRules) {
            rule.check(context, sink);
        }
        List<Diagnostic> out = sink.found;
        out.sort(Comparator.comparingInt((Diagnostic d) -> d.position().offset())
                .thenComparingInt(d -> d.noteIndex())
                .thenComparing(Diagnostic::code));
        return out;
    }

    /** The one pass over the notes: each note, then each of its citations, to every rule's checker. */
    private void walk(CheckContext context, DiagnosticSink sink) {
        NoteChecker[] checkers = new NoteChecker[noteRules.size()];
        for (int i = 0; i < checkers.length; i++) {
            checkers[i] = noteRules.get(i).start(context, sink);
        }
        for (ResolvedNote note : context.notes()) {
            for (NoteChecker checker : checkers) {
                checker.note(note);
            }
            for (ResolvedCitation citation : note.citations()) {
                for (NoteChecker checker : checkers) {
                    checker.citation(note, citation);
                }
            }
        }
        for (NoteChecker checker : checkers) {
            checker.finish();
        }
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
            BuiltInCode builtIn = BuiltInCode.byId(code);
            if (builtIn != null && !builtIn.onByDefault()) {
                return null;
            }
            RuleCode known = codes.get(code);
            // Document problems are reported by the extractor, not by a rule: warnings unless configured.
            return known == null ? Severity.WARNING : known.defaultSeverity();
        }
    }
}
