package org.ibidem.citation.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** The key spans that start inside {@code [from, to)}, in order; empty for none. */
    static List<TextSpan> within(List<TextSpan> keys, int from, int to) {
        List<TextSpan> out = new ArrayList<>();
        for (TextSpan k : keys) {
            if (k.start() >= from && k.start() < to) {
                out.add(k);
            }
        }
        return out;
    }

    /**
     * The citations of the segment {@code [from, to)} of {@code text}, whose keys are {@code keys} (at least one):
     * one per key, each key group ({@code \footcite{a,b}} names two works) read with the words before it and the
     * locator or commentary after it, up to the next key.
     */
    static List<Citation> read(String text, int from, int to, List<TextSpan> keys) {
        List<Citation> out = new ArrayList<>();
        String raw = text.substring(from, to).strip();
        int rawStart = from + text.substring(from, to).indexOf(raw);
        TextSpan span = new TextSpan(rawStart, rawStart + raw.length());
        int start = from;
        for (int i = 0; i < keys.size(); i++) {
            TextSpan key = keys.get(i);
            int end = i + 1 < keys.size() ? boundary(text, key.end(), keys.get(i + 1).start()) : to;
            readGroup(text, Math.min(start, key.start()), Math.max(end, key.end()), key, raw, span, out);
            start = end;
        }
        return out;
    }

    // A word that joins two keys and opens the second citation: "\cite[12]{a} and \cite{b}".
    private static final Pattern JOINER = Pattern.compile(
            "(?i)(?:^|[\\s,;])((?:and|or|also|see also|see|cf\\.|compare|but see)\\s*)$");

    /** Where the text between two keys stops belonging to the first (its locator) and opens the second. */
    private static int boundary(String text, int from, int to) {
        Matcher m = JOINER.matcher(text.substring(from, to));
        return m.find() ? from + m.start(1) : to;
    }

    private static void readGroup(String text, int from, int to, TextSpan key, String raw, TextSpan span,
                                  List<Citation> out) {
        String before = FieldTokenizer.stripTrailing(text.substring(from, key.start()).strip(), ",:;");
        while (before.startsWith(",") || before.startsWith(";")) {
            before = before.substring(1).strip();
        }
        int end = Math.min(to, key.end());
        String after = text.substring(end, to).strip();
        while (after.startsWith(",")) {
            after = after.substring(1).strip();
        }
        after = FieldTokenizer.stripTrailing(after, ".,;");
        Locator locator = after.isEmpty() ? null : Locators.parse(after);
        String suffix = after.isEmpty() || locator != null ? null : after;
        int at = key.start();
        boolean first = true;
        for (String part : text.substring(key.start(), end).split(",", -1)) {
            String k = part.strip();
            int kStart = at + part.indexOf(k);
            at += part.length() + 1;
            if (k.isEmpty()) {
                continue;
            }
            out.add(new ShortCitation(ShortCitation.Form.CITATION_KEY, List.of(), k, null, locator,
                    new TextSpan(kStart, kStart + k.length()), raw, span,
                    first && !before.isEmpty() ? before : null, suffix, Set.of()));
            first = false;
        }
    }
}
