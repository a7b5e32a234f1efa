package org.ibidem.bibtex;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * The characters of a field that LaTeX can set, and the LaTeX escapes that let 8-bit BibTeX read them.
 *
 * <p>Emoji (and the joiners, variation selectors and skin-tone modifiers that build them) stop a LaTeX run
 * ("Unicode character … not set up for use with LaTeX") and no common package sets them, so every export drops
 * them and says so. With {@code --ascii}, every other non-ASCII character that has a standard LaTeX escape is
 * written as one: accented Latin letters as accent commands ({@code {\'{e}}}, {@code {\c{c}}}, {@code {\'{\i}}}),
 * the special letters as their commands ({@code {\ss}}, {@code {\o}}), dashes and curly quotes as their ASCII
 * ligatures; classic 8-bit BibTeX then sorts, abbreviates and case-changes them correctly. A character with no
 * such escape (Greek, Cyrillic, CJK) is kept as UTF-8 and reported. URLs are percent-encoded instead.
 *
 * <p>Stateless and thread-safe.
 */
final class LatexCharacters {

    /** Combining marks and the LaTeX accent command for each. */
    private static final Map<Character, String> ACCENTS = Map.ofEntries(
            Map.entry('\u0300', "`"), Map.entry('\u0301', "'"), Map.entry('\u0302', "^"),
            Map.entry('\u0303', "~"), Map.entry('\u0304', "="), Map.entry('\u0306', "u"),
            Map.entry('\u0307', "."), Map.entry('\u0308', "\""), Map.entry('\u030A', "r"),
            Map.entry('\u030B', "H"), Map.entry('\u030C', "v"), Map.entry('\u0323', "d"),
            Map.entry('\u0327', "c"), Map.entry('\u0328', "k"), Map.entry('\u0331', "b"));

    /** Characters with a LaTeX command of their own, or an ASCII ligature. */
    private static final Map<Character, String> SPECIAL = Map.ofEntries(
            Map.entry('ß', "{\\ss}"), Map.entry('æ', "{\\ae}"), Map.entry('Æ', "{\\AE}"),
            Map.entry('œ', "{\\oe}"), Map.entry('Œ', "{\\OE}"), Map.entry('ø', "{\\o}"), Map.entry('Ø', "{\\O}"),
            Map.entry('ł', "{\\l}"), Map.entry('Ł', "{\\L}"), Map.entry('ı', "{\\i}"), Map.entry('ȷ', "{\\j}"),
            Map.entry('å', "{\\aa}"), Map.entry('Å', "{\\AA}"),
            Map.entry('\u2013', "--"), Map.entry('\u2014', "---"), Map.entry('\u2018', "`"),
            Map.entry('\u2019', "'"), Map.entry('\u201C', "``"), Map.entry('\u201D', "''"),
            Map.entry('\u2026', "{\\ldots}"), Map.entry('\u00A0', "~"), Map.entry('§', "{\\S}"),
            Map.entry('¶', "{\\P}"), Map.entry('©', "{\\textcopyright}"), Map.entry('£', "{\\pounds}"),
            Map.entry('†', "{\\dag}"), Map.entry('‡', "{\\ddag}"), Map.entry('¡', "{\\textexclamdown}"),
            Map.entry('¿', "{\\textquestiondown}"), Map.entry('°', "{\\textdegree}"),
            Map.entry('€', "{\\texteuro}"), Map.entry('×', "{\\texttimes}"),
            Map.entry('·', "{\\textperiodcentered}"));

    private LatexCharacters() {
    }

    /** Whether LaTeX cannot set the code point at all: emoji and what builds them, private-use characters. */
    static boolean unsettable(int cp) {
        return (cp >= 0x1F000 && cp <= 0x1FAFF)     // emoji, pictographs, flags, skin tones
                || (cp >= 0x2600 && cp <= 0x27BF)   // miscellaneous symbols and dingbats
                || (cp >= 0x2B00 && cp <= 0x2BFF)   // arrows and stars drawn as emoji
                || (cp >= 0x2300 && cp <= 0x23FF)   // watches, hourglasses, media buttons
                || (cp >= 0xFE00 && cp <= 0xFE0F)   // variation selectors
                || cp == 0x200D || cp == 0x20E3     // zero-width joiner, keycap
                || (cp >= 0xE0000 && cp <= 0xE007F) // tags (subdivision flags)
                || (cp >= 0xE000 && cp <= 0xF8FF)   // private use
                || (cp >= 0xF0000);                 // supplementary private use
    }

    /**
     * The LaTeX of a field without the characters LaTeX cannot set, each one passed to {@code dropped}; the
     * space a dropped character leaves between two words is kept single.
     */
    static String settable(String latex, IntConsumer dropped) {
        if (latex.codePoints().noneMatch(LatexCharacters::unsettable)) {
            return latex;
        }
        StringBuilder out = new StringBuilder(latex.length());
        latex.codePoints().forEach(cp -> {
            if (unsettable(cp)) {
                dropped.accept(cp);
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString().replaceAll(" {2,}", " ").replaceAll("\\{ ", "{").replaceAll(" }", "}").strip();
    }

    /**
     * The LaTeX of a field with every non-ASCII character written as its LaTeX escape; a character that has
     * none is kept and passed to {@code kept}.
     */
    static String ascii(String latex, IntConsumer kept) {
        if (latex.chars().allMatch(c -> c < 0x80)) {
            return latex;
        }
        String text = Normalizer.normalize(latex, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
            if (cp < 0x80) {
                out.append((char) cp);
                return;
            }
            String escape = escape(cp);
            if (escape == null) {
                kept.accept(cp);
                out.appendCodePoint(cp);
            } else {
                out.append(escape);
            }
        });
        return out.toString();
    }

    /** A URL with its non-ASCII characters percent-encoded as UTF-8, as a URL carries them. */
    static String asciiUrl(String url) {
        if (url.chars().allMatch(c -> c < 0x80)) {
            return url;
        }
        StringBuilder out = new StringBuilder(url.length() + 16);
        url.codePoints().forEach(cp -> {
            if (cp < 0x80) {
                out.append((char) cp);
            } else {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format("%02X", b & 0xFF));
                }
            }
        });
        return out.toString();
    }

    /** The escape for one character, or null when it has none. */
    private static String escape(int cp) {
        if (cp <= 0xFFFF && SPECIAL.containsKey((char) cp)) {
            return SPECIAL.get((char) cp);
        }
        String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
        char base = decomposed.charAt(0);
        if (decomposed.length() < 2 || base >= 0x80 || !Character.isLetter(base)) {
            return null;
        }
        for (int i = 1; i < decomposed.length(); i++) {
            if (!ACCENTS.containsKey(decomposed.charAt(i))) {
                return null;
            }
        }
        // An accent above an i or a j sits on the dotless letter; one below (cedilla, ogonek, dot, bar) does not.
        String inner = (base == 'i' || base == 'j') && !ACCENTS.get(decomposed.charAt(1)).matches("[cdkb]")
                ? "\\" + base : String.valueOf(base);
        for (int i = 1; i < decomposed.length(); i++) {
            inner = "\\" + ACCENTS.get(decomposed.charAt(i)) + "{" + inner + "}";
        }
        return "{" + inner + "}";
    }
}
