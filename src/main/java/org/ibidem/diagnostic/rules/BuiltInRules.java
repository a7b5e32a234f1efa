package org.ibidem.diagnostic.rules;

import java.util.List;
import org.ibidem.diagnostic.BuiltInCode;
import org.ibidem.diagnostic.ChainRule;

/**
 * The built-in check rules, one class each, in the order of {@link BuiltInCode}. To add a rule: a code in
 * {@link BuiltInCode}, a class here that reports it (a {@link CitationRule} when it judges each citation on its
 * own), an entry in {@link #ALL}, a golden trigger and near miss under {@code src/test/resources/golden/check/},
 * and a row in the README's diagnostics table.
 *
 * <pre>{@code
 * for (ChainRule rule : BuiltInRules.all()) {
 *     System.out.println(rule.codes());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe, as are the rules.
 */
public final class BuiltInRules {

    private static final List<ChainRule> ALL = List.of(
            new MarkerWithoutNoteRule(),
            new NoteWithoutMarkerRule(),
            new DuplicateMarkerRule(),
            new DuplicateNoteNumberRule(),
            new NoteNumberingGapRule(),
            new MarkersOutOfOrderRule(),
            new NumberingRestartRule(),
            new IbidWithoutAntecedentRule(),
            new IbidAfterMultipleRule(),
            new IbidAfterCommentaryRule(),
            new IbidAfterUnresolvedRule(),
            new IbidAmbiguousPageRule(),
            new IbidNotAdjacentRule(),
            new IbidFormsMixedRule(),
            new IbidDiscouragedRule(),
            new ShortFormUnmatchedRule(),
            new ShortFormsThroughoutRule(),
            new ShortFormAmbiguousRule(),
            new ShortFormForwardRule(),
            new ShortFormVolumeMismatchRule(),
            new ShortFormApproximateRule(),
            new ShortFormPreviousChapterRule(),
            new ShortFormAuthorAmbiguousRule(),
            new ShortTitleTooLongRule(),
            new PageOutsideRangeRule(),
            new UnparsedCitationRule(),
            new InternalErrorRule(),
            new RepeatedFullCitationRule(),
            new FullCitationsDisagreeRule(),
            new BookMissingPublicationRule(),
            new ArticleMissingDetailsRule(),
            new NoteCutOffRule(),
            new AuthorsJoinedByCommaRule(),
            new InvertedNameRule(),
            new IbidWithoutPeriodRule());

    /** The codes no rule reports: the document extractor does, and the validator passes them on. */
    public static final List<BuiltInCode> FROM_EXTRACTOR = List.of(BuiltInCode.UNCLOSED_FOOTNOTE,
            BuiltInCode.CITATION_KEY, BuiltInCode.NO_NOTES_FOUND, BuiltInCode.FORMAT_FALLBACK);

    private BuiltInRules() {
    }

    /** Every built-in rule, each reporting one code. */
    public static List<ChainRule> all() {
        return ALL;
    }
}
