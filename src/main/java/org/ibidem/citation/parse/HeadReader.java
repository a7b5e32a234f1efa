package org.ibidem.citation.parse;

import org.ibidem.document.TextSpan;
import org.ibidem.citation.StyleFlag;
import java.util.regex.Matcher;
import java.util.EnumSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.ibidem.citation.Names;

/**
 * The head of a segment: the signal ("See also", "Cf.") or the lead-in of prose ("For a different reading, see",
 * "… is printed in", a sentence of commentary before a full citation) that precedes what is cited, and the
 * keywords the cheap guards test. Makes the {@link Segment} the readers read.
 */
final class HeadReader {

    private HeadReader() {
    }

    // A signal may carry a qualifier set off by commas: "See, for example,", "See also, e.g.,", "Cf., in
    // particular,", "See especially".
    static final Pattern SIGNAL = Pattern.compile(
            "^\\*?((?:see also|see especially|see generally|see|but see|but cf\\.|cf\\.|compare|contra|accord|also|especially)"
                    + "(?:,?\\s+(?:e\\.g\\.|for example|for instance|especially|generally|in particular),?)?"
                    + "|e\\.\\s?g\\.,|for example,|for instance,|as quoted in|quoted in|cited in|reprinted in"
                    + "|citing|quoting)"
                    // A signal in italics whose emphasis marks a converter left as text: "*See generally *Roe, …".
                    + "(?:\\s+\\*(?!\\s)|\\*\\s+|\\s+)",
            Pattern.CASE_INSENSITIVE);
    // The first word of each of SIGNAL's branches, in lower case.
    private static final List<String> SIGNAL_FIRST_WORDS = List.of("see", "but", "cf", "compare", "contra", "accord",
            "also", "especially", "e", "for", "as", "quoted", "cited", "reprinted", "citing", "quoting");
    // A signal after some prose: "For a different reading, see Shen, …".
    static final Pattern EMBEDDED_SIGNAL = Pattern.compile(
            // "… to see that the former part …": an infinitive, no signal.
            "(?<=[\\s,;:(])(?<!\\bto )(?:see also|see|cf\\.)\\s+(?=[\\p{Lu}“\"])", Pattern.CASE_INSENSITIVE);
    // Prose that says where something is, then the work: "Moses’s own account is in Robert Moses, …", "The same
    // paper is printed in Rymer, vol. i. p. 35".
    static final Pattern FOUND_IN = Pattern.compile(
            "(?<=\\s)(?:is|are|appears?|(?:is|are|may be|can be) (?:found|printed|reprinted|given))\\s+in\\s+(?=\\p{Lu})");

    // The words parseSegment's cheap tests look for, as bits of what keywords returns.
    static final int HAS_SEE = 1;
    static final int HAS_CF = 2;
    static final int HAS_IBID = 4;
    static final int HAS_SUPRA = 8;
    static final int HAS_ABOVE = 16;
    static final int HAS_CIT = 32;

    // The first two letters of keywords()'s words, by their low five bits: (first & 0x1f) << 5 | (second & 0x1f).
    private static final boolean[] KEYWORD_OPENINGS = new boolean[1024];

    static {
        for (String opening : List.of("se", "su", "cf", "ci", "ib", "ab")) {
            KEYWORD_OPENINGS[(opening.charAt(0) & 0x1f) << 5 | opening.charAt(1) & 0x1f] = true;
        }
    }

    /**
     * Which of "see", "cf.", "ibid", "supra", "above" and "cit" the text contains, in any ASCII case (the case the
     * patterns that need them ignore), found in one pass.
     */
    static int keywords(String s) {
        int found = 0;
        char[] chars = s.toCharArray();
        // Every word has three characters at least. One look in a table of the words' first two letters passes
        // most positions (the letters' low five bits index it: an ASCII letter's two cases share them, and the
        // other characters that do only let more through); the first three are tested exactly after, the rest
        // only then. Only 'S' and 's' give 's' when the case bit is set, and likewise for the other letters.
        for (int i = 0; i + 2 < chars.length; i++) {
            if (!KEYWORD_OPENINGS[(chars[i] & 0x1f) << 5 | chars[i + 1] & 0x1f]) {
                continue;
            }
            int a = chars[i] | 0x20;
            int b = chars[i + 1] | 0x20;
            int c = chars[i + 2] | 0x20;
            if (a == 's') {
                found |= b == 'e' && c == 'e' ? HAS_SEE
                        : b == 'u' && c == 'p' && KeywordPattern.asciiWordAt(s, i, "supra") ? HAS_SUPRA : 0;
            } else if (a == 'c') {
                found |= b == 'f' && chars[i + 2] == '.' ? HAS_CF : b == 'i' && c == 't' ? HAS_CIT : 0;
            } else if (a == 'i') {
                found |= b == 'b' && c == 'i' && KeywordPattern.asciiWordAt(s, i, "ibid") ? HAS_IBID : 0;
            } else if (a == 'a') {
                found |= b == 'b' && c == 'o' && KeywordPattern.asciiWordAt(s, i, "above") ? HAS_ABOVE : 0;
            }
        }
        return found;
    }

    /**
     * Whether the text opens, after an asterisk perhaps, with a word one of {@link #SIGNAL}'s branches opens with,
     * its ASCII letters in either case ("See", "e.g.", "Quoted in"). A necessary test: a name such as "Smith" or
     * "Brown" opens with a signal's letter but is no signal's word.
     */
    static boolean mayOpenWithSignal(String s) {
        return PatternChecks.opensWithWord(s, s.startsWith("*") ? 1 : 0, SIGNAL_FIRST_WORDS);
    }

    /**
     * "The book is partisan but indispensable. Henry M. Field, History … (New York: …, 1866), 211."; "…, and the
     * fullest is Hamlin's: Charles S. Hamlin, diary, …": a sentence of commentary, ending in a period or a colon,
     * before a full citation. Returns where the citation starts, or -1. Only the opening 300 characters are
     * searched, and only before the first quote or parenthesis (a title's colon comes after its author).
     */
    static int leadIn(String s) {
        int limit = Math.min(s.length() - 2, 300);
        for (int i = 1; i < limit; i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '“' || c == '"' || c == '[') {
                return -1;
            }
            if ((c != '.' && c != ':') || s.charAt(i + 1) != ' ') {
                continue; // the stray symbols are looked for only after a sentence's end, not at every character
            }
            int next = i + 2 < s.length() ? StraySymbols.skip(s, i + 2) : i + 2;
            if (next < s.length() && Character.isUpperCase(s.charAt(next)) && Character.isLowerCase(s.charAt(i - 1))) {
                String before = s.substring(0, i);
                int comma = before.indexOf(',');
                String firstField = comma < 0 ? before : before.substring(0, comma);
                String lastField = before.substring(before.lastIndexOf(',') + 1);
                // The word counts first, the dearer tests of prose and names after them.
                if (Prose.splitLength(firstField) >= 4 && Prose.hasLowerCaseWord(lastField) && Prose.isProse(before)
                        && !Names.looksLikeNames(firstField)) {
                    return next;
                }
            }
        }
        return -1;
    }

    /** A cheap test before {@link #FOUND_IN}: one of its phrases is in the text. */
    static boolean mayBeFoundIn(String text) {
        if (!text.contains(" in ")) {
            return false; // every phrase ends so: one scan rules most notes out
        }
        for (String phrase : FOUND_IN_PHRASES) {
            if (text.contains(phrase)) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> FOUND_IN_PHRASES = List.of(" is in ", " are in ", " appears in ",
            " appear in ", " found in ", " printed in ", " reprinted in ", " given in ");

    // The last word of a clause that names the author next: "… has been discussed by", "The chief authority is",
    // "… may be found in".
    private static final List<String> AUTHOR_AFTER = List.of(" by ", " is ", " in ");

    /**
     * "The subject has been discussed at length by H. J. Marsh, Title (London, 1900)": a clause of prose that
     * ends in "by", "is" or "in" just before an author's name, in a note that gives a work in full (publication
     * facts in parentheses follow the name). Returns where the name starts, or -1. The clause must read as prose
     * (three words or more, two of them in lower case, the last one too, and no quotation mark, italics or
     * parenthesis), and the text from the name up to the first comma must be names.
     */
    static int proseBeforeAuthor(String s) {
        int comma = s.indexOf(',');
        if (comma < 12 || comma > 300 || s.indexOf('(', comma) < 0) {
            return -1;
        }
        int best = -1;
        for (String word : AUTHOR_AFTER) {
            int k = s.lastIndexOf(word, comma - word.length()); // the last wholly before the comma
            if (k > best) {
                best = k;
            }
        }
        if (best < 0) {
            return -1;
        }
        String head = s.substring(0, comma);
        int nameStart = best + 4;
        while (nameStart < comma && head.charAt(nameStart) == ' ') {
            nameStart++;
        }
        String name = head.substring(nameStart);
        String clause = head.substring(0, best);
        if (name.isEmpty() || !Character.isUpperCase(name.charAt(0)) || !Names.looksLikeNames(name)
                || Names.isCorporate(name) || name.indexOf(' ') < 0 && name.indexOf('.') < 0) {
            return -1;
        }
        for (int i = 0; i < clause.length(); i++) {
            if ("“\"‘*_(".indexOf(clause.charAt(i)) >= 0) {
                return -1; // a title or a parenthesis before the name: a citation, not a clause of prose
            }
        }
        String[] words = FieldText.WHITESPACE.split(clause.strip());
        if (words.length == 0 || words[words.length - 1].isEmpty()
                || !Character.isLowerCase(words[words.length - 1].charAt(0))) {
            return -1; // "… discussed by", "… may be found in": a verb or an adverb before the word
        }
        int lower = 0;
        for (String w : words) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
                lower++;
            }
        }
        return words.length >= 3 && lower >= 2 ? nameStart : -1;
    }

    /** Words that open a short lead-in to a signal: "For a critique, see …", "On this point, cf. …". */
    private static final Set<String> LEAD_IN_OPENERS = Set.of("for", "on", "in", "regarding", "concerning", "about",
            "as", "similarly", "likewise", "generally", "further", "besides", "again", "here", "there", "elsewhere");

    /**
     * A short phrase set off by a comma before a signal, such as "For a critique," or "On Mao," — too few
     * lower-case words to count as prose, but opened by a word no author's name or title starts a note with.
     */
    static boolean isLeadIn(String text) {
        String t = text.strip();
        if (!t.endsWith(",")) {
            return false;
        }
        String[] words = FieldText.WHITESPACE.split(t);
        return words.length <= 8 && LEAD_IN_OPENERS.contains(words[0].toLowerCase(Locale.ROOT));
    }

    /**
     * The segment of a note at {@code offset}, its signal or lead-in set apart as the prefix: "See also", "For a
     * different reading, see", "Moses’s own account is in". Null when nothing is left to read after it.
     */
    static Segment read(String raw, int offset, List<TextSpan> noteItalics) {
        TextSpan span = new TextSpan(offset, offset + raw.length());
        String s = raw;
        boolean cutOff = s.endsWith(",") || s.endsWith("“") || s.endsWith("(") || s.endsWith(":");
        // Cheap tests go before the patterns that would run from every position (most notes have none of the
        // words that signals, embedded ibids, cross-references and op. cit. need), and a matcher is made only
        // when its pattern is run. The anchored patterns are run with lookingAt: find would try them at every
        // position, where "^" fails.
        int words = keywords(s);
        String prefix = null;
        Matcher signal = mayOpenWithSignal(s) ? SIGNAL.matcher(s) : null;
        int bodyStart = 0;
        if (signal != null && signal.lookingAt() && signal.end() < s.length()) {
            prefix = s.substring(0, signal.end()).replace("*", "").strip();
            bodyStart = signal.end();
        } else {
            Matcher embedded = (words & (HAS_SEE | HAS_CF)) != 0 ? EMBEDDED_SIGNAL.matcher(s) : null;
            if (embedded != null && embedded.find()
                    && (Prose.isProse(s.substring(0, embedded.start())) || isLeadIn(s.substring(0, embedded.start())))) {
                prefix = s.substring(0, embedded.end()).strip();
                bodyStart = embedded.end();
            } else if (mayBeFoundIn(s)) {
                Matcher in = FOUND_IN.matcher(s);
                if (in.find() && Prose.isProse(s.substring(0, in.start()))) {
                    prefix = s.substring(0, in.end()).strip();
                    bodyStart = in.end();
                }
            }
            if (prefix == null) {
                int at = proseBeforeAuthor(s);
                if (at > 0) {
                    prefix = s.substring(0, at).strip();
                    bodyStart = at;
                }
            }
        }
        int bodyEnd = s.length();
        if (s.indexOf('(', bodyStart) > 0) {
            int[] cited = Parentheticals.citationAfterProse(s.substring(bodyStart), prefix != null);
            if (cited != null) {
                // "Talks were declined on July 28 (Correspondence, No. 93)", "For the text see infra Appendix I
                // (White Book, pp. 18-23)": the source is in the parentheses, the sentence around it commentary.
                prefix = s.substring(0, bodyStart + cited[0]).replace("*", "").strip();
                bodyEnd = bodyStart + cited[1];
                bodyStart += cited[0] + 1;
            }
        }
        String body = FieldTokenizer.stripTrailing(s, bodyStart, bodyEnd, ".,;:");
        int bodyOffset = offset + bodyStart;
        if (body.isEmpty()) {
            return null;
        }
        List<TextSpan> italics = new ArrayList<>();
        for (TextSpan t : noteItalics) {
            int a = Math.max(0, t.start() - bodyOffset);
            int b = Math.min(body.length(), t.end() - bodyOffset);
            if (b > a) {
                italics.add(new TextSpan(a, b));
            }
        }
        Set<StyleFlag> flags = EnumSet.noneOf(StyleFlag.class);
        if (cutOff) {
            flags.add(StyleFlag.CUT_OFF);
        }
        return new Segment(raw, span, prefix, body, s.substring(bodyStart, bodyEnd), bodyOffset, italics, flags, words, null,
                -1, -1, -1);
    }
}
