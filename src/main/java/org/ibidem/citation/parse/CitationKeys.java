package org.ibidem.citation.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ibidem.citation.Citation;
import org.ibidem.citation.ShortCitation;
import org.ibidem.document.TextSpan;
import org.ibidem.reference.Locator;

/**
 * Reads a segment that names its work by citation key, as LaTeX's {@code \footcite[see][45]{beard2015}} does
 * (the note's text is then "see beard2015, 45"): one {@link ShortCitation.Form#CITATION_KEY} citation per key,
 * the words before the key as its prefix, a locator after it as its locator, anything else after it as its suffix.
 * The extractor says where the keys stand ({@link org.ibidem.document.Note#keys()}); the parser never guesses a
 * key from the text. Stateless.
 */
final class CitationKeys {

    private CitationKeys() {
    }

    /** The first key span that starts inside {@code [from, to)}, or null. */
    static TextSpan firstIn(List<TextSpan> keys, int from, int to) {
        for (TextSpan k : keys) {
            if (k.start() >= from && k.start() < to) {
                return k;
            }
        }
        return null;
    }

    /**
     * The citations of the segment {@code [from, to)} of {@code text}, whose first key is {@code key}: one per key
     * of the key group ({@code \footcite{a,b}} names two works).
     */
    static List<Citation> read(String text, int from, int to, TextSpan key) {
        String before = FieldTokenizer.stripTrailing(text.substring(from, key.start()).strip(), ",:");
        int end = Math.min(to, key.end());
        String after = text.substring(end, to).strip();
        while (after.startsWith(",")) {
            after = after.substring(1).strip();
        }
        after = FieldTokenizer.stripTrailing(after, ".");
        Locator locator = after.isEmpty() ? null : Locators.parse(after);
        String suffix = after.isEmpty() || locator != null ? null : after;
        String raw = text.substring(from, to).strip();
        int rawStart = from + text.substring(from, to).indexOf(raw);
        TextSpan span = new TextSpan(rawStart, rawStart + raw.length());
        List<Citation> out = new ArrayList<>();
        int at = key.start();
        for (String part : text.substring(key.start(), end).split(",", -1)) {
            String k = part.strip();
            int kStart = at + part.indexOf(k);
            at += part.length() + 1;
            if (k.isEmpty()) {
                continue;
            }
            boolean first = out.isEmpty();
            out.add(new ShortCitation(ShortCitation.Form.CITATION_KEY, List.of(), k, null, locator,
                    new TextSpan(kStart, kStart + k.length()), raw, span,
                    first && !before.isEmpty() ? before : null, suffix, Set.of()));
        }
        return out;
    }
}
