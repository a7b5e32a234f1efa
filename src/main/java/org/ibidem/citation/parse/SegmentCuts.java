package org.ibidem.citation.parse;

import java.util.ArrayList;
import java.util.List;
import org.ibidem.document.TextSpan;

/**
 * What the segmenter's later cuts share: each convention ({@link MissingSeparators}, {@link CommaJoinedWorks},
 * {@link AfterAddress} and the others {@link Segmenter#segments} runs after its first two cuts) decides for one
 * segment at a time whether it holds several works, and this applies that decision to the list.
 *
 * <p>Most notes are cut by no convention, so nothing is copied until a segment is cut: the list given comes back
 * as it is.
 */
final class SegmentCuts {

    private SegmentCuts() {
    }

    /** How one convention cuts one segment. */
    @FunctionalInterface
    interface Cut {
        /** The segment's pieces in order, or null to leave it whole. */
        List<TextSpan> pieces(TextSpan segment);
    }

    /** The segments, each that {@code cut} cuts replaced by its pieces; {@code segments} itself if none is. */
    static List<TextSpan> apply(List<TextSpan> segments, Cut cut) {
        List<TextSpan> out = null;
        for (int s = 0; s < segments.size(); s++) {
            TextSpan segment = segments.get(s);
            List<TextSpan> pieces = cut.pieces(segment);
            if (pieces != null && out == null) {
                out = new ArrayList<>(segments.subList(0, s));
            }
            if (out != null) {
                if (pieces != null) {
                    out.addAll(pieces);
                } else {
                    out.add(segment);
                }
            }
        }
        return out == null ? segments : out;
    }
}
