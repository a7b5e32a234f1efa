package org.ibidem.document;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Finds, for each character of text a parser decoded, the offset in the file it came from.
 *
 * <p>Markdown and HTML parsers hand back a text node's decoded text and the span of the file it was read from,
 * but not a per-character correspondence: {@code &mdash;} became one character, {@code \*} lost its backslash,
 * a code span lost its backticks. This walks the two side by side and maps each decoded character to its raw
 * character, an entity's characters to the {@code &}, and skips short stretches of raw markup it cannot
 * explain. Mapping is exact for verbatim text, escapes and entities; after markup it does not know it
 * resynchronises within a few characters.
 *
 * <p>Stateless and thread-safe.
 */
final class SourceAlignment {
    private static final Pattern ENTITY = Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?");
    /** How far ahead in the raw text a decoded character is looked for before giving up on resynchronising. */
    private static final int LOOKAHEAD = 8;

    private SourceAlignment() {
    }

    /**
     * The file offset of each character of {@code decoded}.
     *
     * @param decoded     the text the parser produced
     * @param raw         the raw text it was read from
     * @param rawOffsets  the file offset of each character of {@code raw}
     * @param fallback    the offset to use when {@code raw} is empty
     */
    static int[] align(String decoded, CharSequence raw, int[] rawOffsets, int fallback) {
        int[] out = new int[decoded.length()];
        int n = raw.length();
        if (n == 0) {
            java.util.Arrays.fill(out, Math.max(0, fallback));
            return out;
        }
        Matcher entity = ENTITY.matcher(raw);
        // Parser.unescapeEntities builds a jsoup CharacterReader each call; a text of many entities repeats few
        // distinct ones, so each is decoded once (a megabyte of "&amp;" took seconds without this).
        Map<String, String> decodedEntities = new HashMap<>();
        // The last entity matched, when it ends in ';': the pattern matches the same text wherever that text
        // comes again (its name ended at the ';'), so a run of one entity is recognised by comparing characters
        // rather than running the pattern and hashing a substring each time (a megabyte of "&amp;" spent more
        // time here than jsoup took to parse it).
        String lastEntity = null;
        String lastValue = null;
        int i = 0;
        for (int j = 0; j < decoded.length(); j++) {
            char d = decoded.charAt(j);
            if (i >= n) {
                out[j] = rawOffsets[n - 1] + 1;
                continue;
            }
            char r = raw.charAt(i);
            if (r == '&') {
                String name = null;
                String value = null;
                if (lastEntity != null && startsWith(raw, i, lastEntity)) {
                    name = lastEntity;
                    value = lastValue;
                } else if (entity.region(i, n).lookingAt()) {
                    name = entity.group();
                    value = decodedEntities.computeIfAbsent(name, e -> Parser.unescapeEntities(e, false));
                    if (name.endsWith(";")) {
                        lastEntity = name;
                        lastValue = value;
                    }
                }
                if (name != null && !value.isEmpty() && !value.equals(name) && decoded.startsWith(value, j)) {
                    for (int k = 0; k < value.length(); k++) {
                        out[j + k] = rawOffsets[i];
                    }
                    j += value.length() - 1;
                    i += name.length();
                    continue;
                }
            }
            if (r == d) {
                out[j] = rawOffsets[i++];
                continue;
            }
            if (r == '\\' && i + 1 < n && raw.charAt(i + 1) == d) { // a Markdown backslash escape
                out[j] = rawOffsets[i + 1];
                i += 2;
                continue;
            }
            int found = -1;
            for (int k = 1; k <= LOOKAHEAD && i + k < n; k++) {
                if (raw.charAt(i + k) == d) {
                    found = i + k;
                    break;
                }
            }
            if (found >= 0) {
                out[j] = rawOffsets[found];
                i = found + 1;
            } else {
                out[j] = rawOffsets[i]; // text the raw side does not show: stay put and map it here
            }
        }
        return out;
    }

    private static boolean startsWith(CharSequence s, int from, String prefix) {
        if (from + prefix.length() > s.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (s.charAt(from + k) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Offsets {@code start, start+1, …} for a raw text copied whole from the file. */
    static int[] contiguous(int start, int length) {
        int[] offsets = new int[length];
        for (int k = 0; k < length; k++) {
            offsets[k] = start + k;
        }
        return offsets;
    }
}
