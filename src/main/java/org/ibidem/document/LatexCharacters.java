package org.ibidem.document;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * The characters LaTeX commands stand for: symbols ({@code \ss} → ß, {@code \S} → §) and accents
 * ({@code \'e} → é, {@code \c{c}} → ç), composed to Unicode's precomposed form where one exists.
 *
 * <p>Immutable and thread-safe.
 */
final class LatexCharacters {

    private static final Map<String, String> SYMBOLS = new HashMap<>();
    private static final Map<Character, Character> COMBINING = new HashMap<>();
    private static final Map<Character, String> SPACING_ACCENTS = new HashMap<>();

    static {
        String[][] symbols = {
            {"i", "ı"}, {"j", "ȷ"}, {"ss", "ß"}, {"SS", "SS"}, {"ae", "æ"}, {"AE", "Æ"}, {"oe", "œ"}, {"OE", "Œ"},
            {"o", "ø"}, {"O", "Ø"}, {"aa", "å"}, {"AA", "Å"}, {"l", "ł"}, {"L", "Ł"}, {"S", "§"}, {"P", "¶"},
            {"dag", "†"}, {"ddag", "‡"}, {"pounds", "£"}, {"copyright", "©"}, {"ldots", "…"}, {"dots", "…"},
            {"textellipsis", "…"}, {"textendash", "–"}, {"textemdash", "—"}, {"textquoteleft", "‘"},
            {"textquoteright", "’"}, {"textquotedblleft", "“"}, {"textquotedblright", "”"},
            {"guillemotleft", "«"}, {"guillemotright", "»"}, {"textsection", "§"}, {"textbackslash", "\\"},
            {"textasciitilde", "~"}, {"textbar", "|"}, {"textless", "<"}, {"textgreater", ">"},
            {"LaTeX", "LaTeX"}, {"TeX", "TeX"}, {"textdegree", "°"}, {"times", "×"}, {"cdot", "·"},
        };
        for (String[] s : symbols) {
            SYMBOLS.put(s[0], s[1]);
        }
        char[][] accents = {
            {'\'', '\u0301'}, {'`', '\u0300'}, {'^', '\u0302'}, {'"', '\u0308'}, {'~', '\u0303'}, {'=', '\u0304'},
            {'.', '\u0307'}, {'u', '\u0306'}, {'v', '\u030C'}, {'H', '\u030B'}, {'c', '\u0327'}, {'k', '\u0328'},
            {'r', '\u030A'}, {'d', '\u0323'}, {'b', '\u0331'}, {'t', '\u0361'},
        };
        for (char[] a : accents) {
            COMBINING.put(a[0], a[1]);
        }
        SPACING_ACCENTS.put('\'', "´");
        SPACING_ACCENTS.put('`', "`");
        SPACING_ACCENTS.put('^', "^");
        SPACING_ACCENTS.put('"', "¨");
        SPACING_ACCENTS.put('~', "~");
    }

    private LatexCharacters() {
    }

    /** The text a symbol command ({@code \ss}, {@code \ldots}) stands for, or null. */
    static String symbol(String name) {
        return SYMBOLS.get(name);
    }

    /** Whether the character names an accent command ({@code \'}, {@code \c}). */
    static boolean isAccent(char c) {
        return COMBINING.containsKey(c);
    }

    /** Whether the command name is an accent alone: {@code \c} is the cedilla, {@code \ss} is a symbol. */
    static boolean isAccentCommand(String name) {
        return name.length() == 1 && isAccent(name.charAt(0)) && !SYMBOLS.containsKey(name);
    }

    /**
     * The accent put on the first character of {@code base}: "é" for {@code '} on "e"; a dotless i or j takes
     * the accent as i or j do (í is i + acute in Unicode). On nothing, the accent's spacing form ("´").
     */
    static String accented(char accent, String base) {
        if (base.isEmpty()) {
            return SPACING_ACCENTS.getOrDefault(accent, "");
        }
        if (base.charAt(0) == 'ı' || base.charAt(0) == 'ȷ') {
            base = (base.charAt(0) == 'ı' ? "i" : "j") + base.substring(1);
        }
        String composed = base.charAt(0) + String.valueOf(COMBINING.get(accent)) + base.substring(1);
        return Normalizer.normalize(composed, Normalizer.Form.NFC);
    }
}
