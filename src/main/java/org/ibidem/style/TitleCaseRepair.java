package org.ibidem.style;

import de.undercouch.citeproc.helper.StringHelper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Undoes, in a rendered entry, what citeproc-java's title case ({@code text-case="title"}) gets wrong against the
 * written field, and a number it splits. The field's title-cased form is computed with citeproc-java's own
 * function; where that form appears in the entry it is replaced by a repaired one, word by word from the field as
 * written (title casing only changes letter case, so the two line up character for character):
 * <ul>
 *   <li>a word written in capitals stays so: "SPQR", "MLR", "ECL MS 260" (citeproc-java lowercases a title that
 *       is all capitals, after CSL 1.0.2, and prints "Spqr");</li>
 *   <li>a small word written in lower case stays so wherever it stands but first or after a colon: "U.S. Com. of
 *       Ed.", "Uncommon, adj. (and adv.)", "Burmah Oil Company v Lord Advocate", "Tells Us about Women";</li>
 *   <li>a one-letter lower-case abbreviation stays so: "l. i. c. 4", "e. g.";</li>
 *   <li>{@code _} does not start a word ("R2_score"), nor does the letter after an elision ("d’après");</li>
 *   <li>the word after a question or exclamation mark is capitalised ("Justice? The Tokyo…");</li>
 *   <li>a word written with a capital keeps it unless it is a small word, and a small word too where it is an
 *       adjective or an adverb, not a preposition: "Rather than", "The Next Generation", "Level Out at";</li>
 *   <li>a word written in lower case that is no small word is capitalised ("so Back to"), and a small word after a
 *       hyphen stays in lower case ("12r-v").</li>
 * </ul>
 * Kept from citeproc-java, where CMOS 8.159 is on its side and citeproc-js is not: a small word written with a
 * capital mid-title is lowercased ("Speeches at the Second Session", not "At The"); see
 * docs/formatting-differences.md.
 *
 * <p>Also: a number variable written with thousands separators, "5,123,456", comes out of citeproc-java as a
 * list, "5, 123, 456"; it is put back as written.
 *
 * <pre>{@code
 * TitleCaseRepair.repair("SPQR.", Map.of("title", "SPQR"), OutputFormat.TEXT);   // "SPQR." (not "Spqr.")
 * TitleCaseRepair.titleCase("U.S. Com. of Ed.");                               // "U.S. Com. of Ed."
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
final class TitleCaseRepair {

    /** The variables a style may title-case. */
    private static final List<String> TITLE_VARIABLES = List.of("title", "title-short", "container-title",
            "container-title-short", "collection-title", "event-title", "original-title", "volume-title",
            "part-title", "publisher", "genre", "medium", "event");

    /** Number variables whose commas are thousands separators when a digit follows. */
    private static final List<String> NUMBER_VARIABLES = List.of("number", "call-number");

    /** Articles, coordinating conjunctions, prepositions and particles a title keeps in lower case. */
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "and", "but", "or", "nor", "for", "so",
            "yet", "as", "at", "by", "in", "of", "off", "on", "onto", "per", "to", "up", "via", "with", "from", "into",
            "upon", "than", "about", "above", "across", "after", "against", "along", "amid", "among", "around",
            "before", "behind", "below", "beneath", "beside", "besides", "between", "beyond", "despite", "down",
            "during", "except", "inside", "like", "near", "next", "over", "since", "through", "till", "toward",
            "towards", "under", "until", "unto", "within", "without", "v", "v.", "vs", "vs.", "de", "d'", "von",
            "van", "et", "al", "c", "ca", "circa", "versus",
            // the French and Spanish ones citeproc-js also keeps as written
            "à", "y",
            // more prepositions that citeproc-js leaves in lower case when they are written so
            "out", "plus", "pro", "qua", "sans", "lest", "throughout", "underneath", "alongside", "amidst", "amongst",
            "atop", "notwithstanding", "thru");

    /** The small words that are prepositions (or adverbial particles), not articles or conjunctions. */
    private static final Set<String> PREPOSITIONS = Set.of("at", "by", "in", "of", "off", "on", "onto", "per", "to",
            "up", "via", "with", "from", "into", "upon", "about", "above", "across", "after", "against", "along",
            "amid", "among", "around", "before", "behind", "below", "beneath", "beside", "besides", "between",
            "beyond", "down", "during", "except", "inside", "like", "near", "next", "over", "since", "through",
            "till", "toward", "towards", "under", "until", "unto", "within", "without", "out", "throughout",
            "underneath", "alongside", "atop");

    /** Words after which "so" is an adverb of degree. */
    private static final Set<String> DEGREE_WORDS = Set.of("far", "much", "many", "long", "few", "little", "well");

    /** Words after which a preposition is used as an adjective ("the next", "the on button"). */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "its",
            "their", "his", "her", "our", "my", "your");

    private static final Pattern GROUPED_NUMBER = Pattern.compile("\\d{1,3}(,\\d{3})+");

    private TitleCaseRepair() {
    }

    /**
     * The entry with each title-cased field repaired and each grouped number put back.
     *
     * @param entry  one rendered entry
     * @param item   the CSL-JSON item it was rendered from
     * @param format the markup of the entry
     */
    static String repair(String entry, Map<String, Object> item, OutputFormat format) {
        String out = entry;
        for (String variable : TITLE_VARIABLES) {
            if (item.get(variable) instanceof String written && !written.isEmpty()) {
                String theirs = StringHelper.toTitleCase(written);
                String ours = titleCase(written, theirs);
                if (!ours.equals(theirs)) {
                    out = out.replace(escape(theirs, format), escape(ours, format));
                    // citeproc-java prints a straight apostrophe written in the field as ’ ("d'une" → "d’une").
                    if (theirs.indexOf('\'') >= 0) {
                        out = out.replace(escape(theirs.replace('\'', '’'), format),
                                escape(ours.replace('\'', '’'), format));
                    }
                }
            }
        }
        for (String variable : NUMBER_VARIABLES) {
            if (item.get(variable) instanceof String written && GROUPED_NUMBER.matcher(written).find()) {
                out = out.replace(escape(written.replace(",", ", "), format), escape(written, format));
            }
        }
        return out;
    }

    /** The title case of a field as written. */
    static String titleCase(String written) {
        return titleCase(written, StringHelper.toTitleCase(written));
    }

    /** citeproc-java's title case of the written text, repaired; the two have the same length. */
    private static String titleCase(String written, String theirs) {
        if (written.length() != theirs.length()) {
            return theirs;
        }
        StringBuilder out = new StringBuilder(theirs);
        List<int[]> words = new ArrayList<>();
        int n = written.length();
        for (int start = 0; start < n; ) {
            while (start < n && Character.isWhitespace(written.charAt(start))) {
                start++;
            }
            int end = start;
            while (end < n && !Character.isWhitespace(written.charAt(end))) {
                end++;
            }
            if (start < end) {
                words.add(new int[] {start, end});
            }
            start = end;
        }
        String previous = null;
        for (int w = 0; w < words.size(); w++) {
            int start = words.get(w)[0];
            int end = words.get(w)[1];
            String word = written.substring(start, end);
            String next = w + 1 < words.size() ? written.substring(words.get(w + 1)[0], words.get(w + 1)[1]) : null;
            if (keepsWrittenCase(word, previous) || keepsWrittenCapital(word, previous, next)) {
                out.replace(start, end, word);
            } else {
                keepInnerCase(word, start, out);
                capitaliseMajorWord(word, previous, start, out);
            }
            if (previous != null && (previous.endsWith("?") || previous.endsWith("!"))) {
                // A question or exclamation mark ends the title: what follows opens a subtitle.
                out.setCharAt(start, Character.toUpperCase(out.charAt(start)));
            }
            previous = word;
        }
        return out.toString();
    }

    /**
     * Whether a word written with an initial capital keeps it: always unless it is a small word (citeproc-java
     * also lowercases adverbs such as "rather"); a small word only where it is not a preposition but an adjective,
     * after an article or possessive ("The Next Generation", "The On Button"), or an adverb, before another
     * preposition or at the end of a clause ("Prices Level Out at", "Look Up:"). CMOS 17 §8.159 capitalises those.
     */
    private static boolean keepsWrittenCapital(String word, String previous, String next) {
        if (previous == null || !Character.isUpperCase(word.charAt(0)) || word.length() < 2
                || !isLetters(word.substring(1)) || !Character.isLowerCase(word.charAt(1))) {
            return false;
        }
        String core = core(word);
        if (!SMALL_WORDS.contains(core)) {
            return true;
        }
        if (core.equals("so") && next != null && DEGREE_WORDS.contains(core(next))) {
            return true; // an adverb of degree, not the conjunction: "So Far", "So Much"
        }
        if (!PREPOSITIONS.contains(core)) {
            return false;
        }
        if (DETERMINERS.contains(core(previous))) {
            return true;
        }
        return word.matches(".*[:;,.!?]$") || next != null && PREPOSITIONS.contains(core(next));
    }

    /**
     * Capitalises a word written in lower case that citeproc-java left so although it is no small word ("home and
     * so back to work" is "so Back to"): only a word of letters, so that a URL, a file name or an abbreviation
     * stays as it is. Small words after a hyphen are kept as written ("12r-v", "Out-of-Print").
     */
    private static void capitaliseMajorWord(String word, String previous, int at, StringBuilder out) {
        if (word.indexOf('-') > 0) {
            for (int h = word.indexOf('-'); h >= 0; h = word.indexOf('-', h + 1)) {
                String part = word.substring(h + 1).split("-", 2)[0];
                if (!part.isEmpty() && Character.isLowerCase(part.charAt(0)) && SMALL_WORDS.contains(core(part))) {
                    out.replace(at + h + 1, at + h + 1 + part.length(), part);
                }
            }
            return;
        }
        if (previous == null || !isLetters(word) || !Character.isLowerCase(word.charAt(0))
                || SMALL_WORDS.contains(word) || previous.endsWith(":")) {
            return;
        }
        if (Character.isLowerCase(out.charAt(at))) {
            out.setCharAt(at, Character.toUpperCase(word.charAt(0)));
        }
    }

    /** A word without its opening and closing punctuation, in lower case. */
    private static String core(String word) {
        return word.replaceAll("^[(\\[“‘\"']+|[)\\],;:!?”’\"'.]+$", "").toLowerCase(Locale.ROOT);
    }

    private static boolean isLetters(String word) {
        String core = word.replaceAll("[,;:!?.]+$", "");
        if (core.isEmpty()) {
            return false;
        }
        for (int i = 0; i < core.length(); i++) {
            if (!Character.isLetter(core.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a whole word keeps the case it was written in. */
    private static boolean keepsWrittenCase(String word, String previous) {
        int letters = 0;
        boolean lower = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                lower |= Character.isLowerCase(c);
            }
        }
        if (letters >= 2 && !lower) {
            return true; // written in capitals: an acronym or initialism
        }
        if (letters == 0) {
            return false;
        }
        char first = firstLetter(word);
        boolean opensSubtitle = previous == null || previous.endsWith(":");
        if (Character.isLowerCase(first) && !opensSubtitle) {
            String core = word.replaceAll("^[(\\[“‘\"']+|[)\\],;:!?”’\"']+$", "").toLowerCase();
            if (SMALL_WORDS.contains(core) || SMALL_WORDS.contains(core.replaceAll("\\.$", ""))) {
                return true;
            }
            if (letters == 1 && core.endsWith(".")) {
                return true; // "l.", "c.", "g.": an abbreviation, not a word
            }
        }
        return Character.isUpperCase(first) && previous != null && (previous.endsWith("?") || previous.endsWith("!"));
    }

    /** Keeps the written case of the letter after an underscore and after an elision ("d’après"). */
    private static void keepInnerCase(String word, int at, StringBuilder out) {
        for (int i = word.indexOf('_'); i >= 0 && i + 1 < word.length(); i = word.indexOf('_', i + 1)) {
            out.setCharAt(at + i + 1, word.charAt(i + 1));
        }
        boolean elision = word.length() > 2 && "dDlL".indexOf(word.charAt(0)) >= 0
                && (word.charAt(1) == '’' || word.charAt(1) == '\'');
        if (elision && Character.isLowerCase(word.charAt(2))) {
            out.replace(at + 2, at + 3, word.substring(2, 3));
        }
    }

    private static char firstLetter(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetter(word.charAt(i))) {
                return word.charAt(i);
            }
        }
        return ' ';
    }

    /** The text as HtmlFormat writes it. */
    private static String escape(String text, OutputFormat format) {
        if (format != OutputFormat.HTML) {
            return text;
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("“", "&ldquo;")
                .replace("”", "&rdquo;").replace("‘", "&lsquo;").replace("’", "&rsquo;");
    }
}
