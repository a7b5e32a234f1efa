package org.ibidem.citation;

import java.text.Normalizer;
import org.jspecify.annotations.Nullable;

/**
 * Text folded for comparison: lower case, accents removed, punctuation dropped; the public way in is
 * {@code Names.fold}. Kept out of {@code Names} so that {@code NameOrder}, which {@code Names} uses, can fold
 * names too without the two classes depending on each other.
 */
final class Folding {

    private Folding() {
    }

    /** A text folded for comparison; "Lüthi" and "Luthi" fold alike. Null folds to the empty string. */
    static String fold(@Nullable String s) {
        if (s == null) {
            return "";
        }
        // Plain ASCII has nothing to decompose, and most names and titles are plain ASCII: its letters and digits
        // are the ASCII ones, so it is folded without Character's tables, in the same pass that finds it ASCII.
        String ascii = foldAscii(s);
        return ascii != null ? ascii : foldUnicode(s);
    }

    /** {@link #fold} of any text, by Unicode's decomposition and character classes. */
    static String foldUnicode(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                out.append(Character.toLowerCase(c));
                space = false;
            } else if (c != '\'' && c != '’') {
                space = true;
            }
        }
        return out.toString();
    }

    /**
     * {@link #fold} of an ASCII text, dashes, curly quotation marks and no-break spaces allowed; null, at its first
     * other character outside ASCII, for any other text.
     */
    private static @Nullable String foldAscii(String s) {
        char[] out = new char[s.length()]; // never longer: a space is added only for a character dropped
        int length = 0;
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                // Dashes, curly quotation marks and the no-break space are punctuation that NFD leaves alone and
                // that joins no mark: folded here as the Unicode fold does (a space, or nothing for the
                // apostrophe), so that a title with an en dash is not decomposed whole. Any other character
                // goes to the Unicode fold.
                if (c == '\u2019') {
                    continue;
                }
                if (c == '\u2013' || c == '\u2014' || c == '\u2018' || c == '\u201c' || c == '\u201d'
                        || c == '\u00a0') {
                    space = true;
                    continue;
                }
                return null;
            }
            boolean upper = c >= 'A' && c <= 'Z';
            if (upper || c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (space && length > 0) {
                    out[length++] = ' ';
                }
                out[length++] = upper ? (char) (c + ('a' - 'A')) : c;
                space = false;
            } else if (c != '\'') {
                space = true;
            }
        }
        return new String(out, 0, length);
    }
}
