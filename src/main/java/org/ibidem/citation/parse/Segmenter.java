package org.ibidem.citation.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ibidem.document.TextSpan;

/**
 * Splits a note into segments: at top-level semicolons, before a sentence that opens with a signal ("… 141. See
 * also …"), after a sentence that ended on a page, before "quoted in", and between two works joined by "and".
 */
final class Segmenter {

    private Segmenter() {
    }

    // A new sentence opens a new citation when it starts with a signal ("… 141. See also Mao, …") or with the
    // Bluebook's "Id." after a sentence of commentary ("… in federal court. Id. at 82."), or when the
    // sentence before it ended on a page number ("Hoveden, p. 529. Diceto, p. 560.") or on the year closing its
    // publication facts ("(Oxford: OUP, 2010). For an overview, see …"). Prose that follows is
    // recognised as commentary later and kept as the suffix of the citation before it.
    private static final Pattern SENTENCE_SIGNAL = Pattern.compile(
            // Each alternative starts at a space or a comma; the lookahead first rejects every other position.
            "(?=[\\s,])(?:(?<=[.)”\"])\\s+(?=(?:See|Cf\\.|Compare|Also|But see|For example|Quoted in)\\b|Id\\.(?![\\w.])|Pp?\\.\\s\\d)"
                    // "Id. The court held …": the Bluebook's "Id." is a citation of its own before the prose.
                    + "|(?<=\\b[Ii]d\\.)\\s+(?=\\p{Lu})"
                    + "|(?<=\\d[.):]|\\d\\)\\.)\\s+(?=[A-Z\"“_])(?![A-Z][\\w’'.-]*(?: [A-Z][\\w’'.-]*)*(?: Press| Books"
                    + "| Publishing| Publications| Media| University)\\b)"
                    // "Author, Title, 12, quoted in Other, Book, 45": two works, the second with its signal.
                    + "|,\\s+(?=(?:as\\s+)?(?:quoted|cited|reprinted) in\\s)"
                    // "Moore, Notes (New York, 1866), 66, citing Felt, Annals, II, 289": the work the first one cites
                    // (a comma or its facts follow the name or title; "…, 13, quoting Lenin." quotes a person).
                    + "|,\\s+(?=(?:citing|quoting)\\s+[\"“]?\\p{Lu}[^,;()]{0,100}?[,(])"
                    // "Taruskin, Music, 131–33, and McClary, Feminine Endings, 62": two works joined by "and";
                    // "…, 60, and compare Foner, …, 88": the second with its own signal, which the head reader
                    // then sets apart.
                    // "…, 1-30, and “Part 2,” Journal 2, no. 2 …": the next article, by the same authors.
                    + "|(?<=\\d),\\s+and\\s+(?=\\p{Lu}|[\"“]\\p{Lu}|(?:compare|see|cf\\.)\\s+\\p{Lu})"
                    // "Euseb. loc. cit., and Hartley": the place cited before, and a second authority.
                    + "|(?<=\\bcit\\.),\\s+and\\s+(?=\\p{Lu}))");
    // A month or season and a year: the date of an issue given in brackets after its volume.
    private static final Pattern ISSUE_DATE_AFTER = Pattern.compile(
            "\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Spring|Summer|Autumn|Fall|Winter)\\p{L}*\\.?"
                    + "(?:\\s+\\d{1,2},?)?\\s+\\d{4}");
    private static final Pattern NUMBER_IN_BRACKETS = Pattern.compile("^\\(No\\.?\\s?\\d{1,4}$");
    // The words the first branch of SENTENCE_SIGNAL looks ahead for.
    private static final List<String> SENTENCE_SIGNAL_WORDS = List.of("See", "Cf.", "Compare", "Also", "But see",
            "For example", "Quoted in", "Id.", "P. ", "Pp. ");

    /** Splits a note at top-level semicolons and before sentences that open with a signal ("See also …"). */
    static List<TextSpan> segments(String text) {
        List<TextSpan> spans = new ArrayList<>();
        int depth = 0;
        boolean inQuote = false;
        int start = 0;
        int n = text.length();
        // Both passes read the characters from an array: charAt's checks cost more than the copy.
        char[] chars = text.toCharArray();
        boolean cuts = text.indexOf(';') >= 0 || text.indexOf("--") >= 0 || text.indexOf('—') >= 0;
        for (int i = cuts ? 0 : n; i < n; i++) {
            char c = chars[i];
            int signed = c == '-' || c == '—' ? signatureEnd(chars, i) : -1;
            if (signed > 0) {
                // "… i. 137.--M.": an editor's initial after his addition to the note, no part of the citation.
                addSegment(text, start, i, spans);
                start = signed;
                i = signed - 1;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (c == '“') {
                inQuote = true;
            } else if (c == '”') {
                inQuote = false;
            } else if (c == ';' && depth == 0 && !inQuote) {
                addSegment(text, start, i, spans);
                start = i + 1;
            }
        }
        addSegment(text, start, n, spans);
        // Second cut: "… 141. See also Mao, …" opens a new citation.
        List<TextSpan> result = new ArrayList<>();
        // Every match of SENTENCE_SIGNAL starts at a comma or at a space after ". ) ” \"": try the pattern only
        // there (transparent bounds let its lookbehinds see before the position), not from every position.
        // A comma opens a citation only before "quoted in" and the like, or between a page and "and"; a space only
        // before a capital or a quote.
        // The comma's branch wants "quoted in" and the like in lower case (the pattern is case-sensitive), and the
        // space's a signal word or a number just before it (see mayOpenCitation); the matcher is made at the first
        // position that passes, which most notes never reach.
        Matcher m = null;
        boolean quotedIn = text.contains("quoted") || text.contains("cited") || text.contains("reprinted")
                || text.contains("citing") || text.contains("quoting");
        for (TextSpan span : spans) {
            int from = span.start();
            int end = span.end();
            for (int i = span.start(); i < end; i++) {
                char c = chars[i];
                // Most characters are letters: neither a comma nor white space, the first test passes them.
                if (c > ',' && c < 0x80 || c > ' ' && c != ',' && !Character.isWhitespace(c)) {
                    continue;
                }
                boolean candidate = c == ',' ? quotedIn || i > 0 && (chars[i - 1] >= '0' && chars[i - 1] <= '9'
                        || i > 3 && text.startsWith("cit.", i - 4)) && text.startsWith(" and ", i + 1)
                        : i > 0 && (isSentenceEnd(chars[i - 1]) || chars[i - 1] == ':') && Character.isWhitespace(c)
                                && opensSentence(text, i, end) && mayOpenCitation(text, i, end)
                                // Last, as the dearest: every "(New York: Norton" has a colon before a capital.
                                && (chars[i - 1] != ':' || colonBetweenWorks(text, i, end));
                if (candidate && m == null) {
                    m = SENTENCE_SIGNAL.matcher(text).useTransparentBounds(true);
                }
                if (candidate && m.region(i, end).lookingAt()) {
                    addSegment(text, from, i, result);
                    from = m.end();
                    i = m.end() - 1;
                }
            }
            addSegment(text, from, span.end(), result);
        }
        List<TextSpan> refined = ProseThenSignal.split(text, result);
        refined = SinglingOutWork.split(text, refined);
        refined = AndBetweenWorks.split(text, refined);
        refined = AfterAddress.split(text, refined);
        // Third cut: "Hartley, ii. 41, Lowther's Memoirs, 12", works joined by commas alone.
        return PeriodicalTitles.split(text, CommaJoinedWorks.split(text, MissingSeparators.split(text, refined)));
    }

    /**
     * Where the signature that starts at {@code i} ends, or -1: an editor of an annotated edition signs what he
     * adds to an author's note with his initial after a dash ("… i. 137.--M.", "… obscurity--G"). The dash follows
     * a word or a period; one or two capitals and perhaps a period follow it, then the end of the note (or, after a
     * period, a space).
     */
    private static int signatureEnd(char[] chars, int i) {
        int n = chars.length;
        if (i == 0 || Character.isWhitespace(chars[i - 1]) || chars[i - 1] == '-') {
            return -1;
        }
        int j = i + (chars[i] == '-' ? 2 : 1);
        if (chars[i] == '-' && (j > n || chars[i + 1] != '-')) {
            return -1;
        }
        int capitals = 0;
        while (j < n && chars[j] >= 'A' && chars[j] <= 'Z' && capitals < 3) {
            j++;
            capitals++;
        }
        if (capitals == 0 || capitals > 2) {
            return -1;
        }
        boolean period = j < n && chars[j] == '.';
        if (period) {
            j++;
        }
        if (j == n) {
            return j;
        }
        // Inside a note, only "….--M. " (a sentence, the dash, the initial and its period): "the war—A new view" and
        // "—I think" are prose.
        return Character.isWhitespace(chars[j]) && period && chars[i - 1] == '.' ? j : -1;
    }

    /**
     * Whether the colon before the white space at {@code i} may part two works, as older notes use it between
     * short forms ("Hartley, i. 606: Lowther's Diary, Feb. 4"): it follows a number (the pattern checks), nothing
     * after it is in parentheses (a subtitle after a volume, "vol. 2: The Age of Reform (London, 1900)", is
     * followed by its facts), and what follows is no further part of the same work ("Second Series, iv. 74").
     */
    private static boolean colonBetweenWorks(String text, int i, int end) {
        // Each test looks at most a bounded way back or ahead of the colon: a note of thousands of colons must not
        // be read once per colon (and a locator, a quotation or a work's facts lie close to it).
        // The number before the colon ends a locator after a comma ("…, i. 606:", "…, Feb. 9-19:"), not a title
        // ("“Leviathan 2.0: Inventing …”", "TAPIA '03: Proceedings"), and no quotation is open.
        int comma = -1;
        for (int k = i - 1; k >= 0 && i - k <= 24; k--) {
            if (text.charAt(k) == ',') {
                comma = k;
                break;
            }
        }
        String before = comma < 0 ? null : text.substring(comma + 1, i - 1).strip();
        if (before == null || !Locators.isLocator(before) && !Dates.isDayOfWriting(before)) {
            return false;
        }
        for (int k = i; k < end && k - i < AHEAD; k++) {
            if (text.charAt(k) == '(') {
                return false;
            }
        }
        int open = 0;
        for (int k = Math.max(0, i - BEHIND); k < i; k++) {
            char c = text.charAt(k);
            open += c == '“' ? 1 : c == '”' ? -1 : c == '"' ? (open > 0 ? -1 : 1) : 0;
        }
        if (open > 0) {
            return false;
        }
        int j = i;
        while (j < end && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        int word = j;
        while (word < end && Character.isLetterOrDigit(text.charAt(word))) {
            word++;
        }
        return !ORDINALS.contains(text, j, word);
    }

    /** How far after a colon its work's facts in parentheses are looked for, and how far back an open quotation. */
    private static final int AHEAD = 400;
    private static final int BEHIND = 1000;

    private static final WordSet ORDINALS = new WordSet(java.util.Set.of("first", "second", "third", "fourth",
            "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "new", "part", "series", "book", "vol", "volume"));

    /** Whether the segment at {@code start} is a sentence cut off after a locator's number ("p. 529. Diceto"). */
    static boolean afterLocatorSentence(String text, int start) {
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 1 && (text.charAt(i) == '.' || text.charAt(i) == ')') && Character.isDigit(text.charAt(i - 1));
    }

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == ')' || c == '”' || c == '"';
    }

    /**
     * What {@link #SENTENCE_SIGNAL} needs at the white space at {@code i} before it can match there: a signal word
     * after the space (its first branch), or a digit before the period or parenthesis that ends the sentence (its
     * second). A necessary test only; the pattern decides.
     */
    private static boolean mayOpenCitation(String text, int i, int end) {
        char before = text.charAt(i - 1);
        if (before == '.' && i >= 3 && (text.startsWith("Id", i - 3) || text.startsWith("id", i - 3))) {
            return true;
        }
        if ((before == '.' || before == ')' || before == ':') && i >= 2 && text.charAt(i - 2) >= '0'
                && text.charAt(i - 2) <= '9' && !(before == ')' && yearOrIssueInBrackets(text, i - 1))) {
            return true;
        }
        if (before == '.' && i >= 3 && text.charAt(i - 2) == ')' && text.charAt(i - 3) >= '0'
                && text.charAt(i - 3) <= '9') {
            return true; // "(Oxford: OUP, 2010). For an overview, see …": the sentence ended on the facts' year
        }
        int j = i;
        while (j < end && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        // Only the words that open with the character there: most sentences open with no signal's letter.
        char first = j < text.length() ? text.charAt(j) : 0;
        for (String word : SENTENCE_SIGNAL_WORDS) {
            if (word.charAt(0) == first && text.startsWith(word, j)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the ')' at {@code close} closes a year alone ("'Title' (2009) European Commission …"), an issue
     * after its volume ("(2001) 6(1) Journal of …") or a number ("(No. 4) Regulations"): the citation goes on.
     */
    private static boolean yearOrIssueInBrackets(String text, int close) {
        int open = close - 1;
        while (open >= 0 && close - open <= 5 && text.charAt(open) >= '0' && text.charAt(open) <= '9') {
            open--;
        }
        int number = text.lastIndexOf("(No", close);
        if (number >= 0 && close - number <= 9 && NUMBER_IN_BRACKETS.matcher(text.substring(number, close)).matches()) {
            return true; // "… (England) (No. 4) Regulations 2020": a number in the title
        }
        if (open < 0 || text.charAt(open) != '(' || open == close - 1) {
            return false;
        }
        if (open >= 2 && text.charAt(open - 1) == ' ' && Character.isDigit(text.charAt(open - 2))
                && ISSUE_DATE_AFTER.matcher(text).region(close + 1, text.length()).lookingAt()) {
            return true; // "Annals 32 (2) April 2004: 407-499": the issue after its volume, then its date
        }
        return close - open == 5 || open > 0 && Character.isDigit(text.charAt(open - 1));
    }

    /** Whether the first character after the white space at {@code i} is a capital, a quote or an underscore. */
    private static boolean opensSentence(String text, int i, int end) {
        int j = i;
        while (j < end && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j < end && (Character.isUpperCase(text.charAt(j)) || "\"“_".indexOf(text.charAt(j)) >= 0);
    }

    private static void addSegment(String text, int start, int end, List<TextSpan> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new TextSpan(start, end));
        }
    }
}
