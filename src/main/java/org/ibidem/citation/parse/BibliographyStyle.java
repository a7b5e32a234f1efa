package org.ibidem.citation.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.ibidem.document.TextSpan;
import org.ibidem.citation.Names;

/**
 * Notes written in bibliography style: "Jarausch, Konrad H., and Kenneth A. Hardy. Quantitative Methods for
 * Historians: A Guide to Research, Data, and Statistics. 1991. UNC Press Books, 2016: 122." Many writers copy the
 * bibliography entry into the note: the first author inverted, and the parts separated by periods rather than
 * commas and parentheses.
 *
 * <p>Such a note is recognised by its first sentence: an inverted name ("Family, Given") and perhaps more
 * authors, ending in a period. It is then cut into fields at sentence ends as well as commas, with the title
 * sentence kept whole (its own commas are the title's), so the rest of the parser reads it like any note.
 *
 * <p>Stateless and thread-safe.
 */
final class BibliographyStyle {

    // Abbreviations after which a period does not end a sentence.
    private static final Set<String> ABBREVIATIONS = Set.of("ed", "eds", "trans", "vol", "vols", "no", "nos", "pp",
            "p", "jr", "sr", "st", "rev", "dr", "mr", "mrs", "ms", "al", "et", "comp", "repr", "n", "nn", "ch",
            "chap", "sec", "fig", "diss", "univ", "dept", "inc", "co", "corp", "ltd", "u.s", "e.g", "i.e", "cf",
            "esp", "ibid", "op", "cit", "loc", "vs", "ca", "c", "fl", "b", "d", "pt", "bk", "col", "art");
    private static final Pattern YEAR_COLON = Pattern.compile("^(\\d{4}[a-z]?):\\s*(\\S.*)$");
    private BibliographyStyle() {
    }

    /**
     * Whether the body opens as a bibliography entry does, family name first: one or two capitalised words of
     * two letters or more (letters, ' ’ -), a comma, a space and a capital ("Feinstein, Charles", "Van Dyke,
     * Henry"). The words are maximal runs of those characters, since only a space or the comma may follow one;
     * read here in one pass, where a pattern cost more on every note that opens with a name.
     */
    static boolean opensInverted(String body) {
        int j = nameWordEnd(body, 0);
        if (j >= 0 && j < body.length() && body.charAt(j) == ' ') {
            j = nameWordEnd(body, j + 1);
        }
        return j >= 0 && j + 2 < body.length() && body.charAt(j) == ',' && body.charAt(j + 1) == ' '
                && Character.getType(body.codePointAt(j + 2)) == Character.UPPERCASE_LETTER;
    }

    /** Where the capitalised word of two letters or more that starts at {@code from} ends, or -1 for none. */
    private static int nameWordEnd(String s, int from) {
        if (from >= s.length() || Character.getType(s.codePointAt(from)) != Character.UPPERCASE_LETTER) {
            return -1;
        }
        int j = skipNameWord(s, from);
        return s.codePointCount(from, j) >= 2 ? j : -1;
    }

    private static int skipNameWord(String s, int from) {
        int j = from;
        while (j < s.length()) {
            int c = s.codePointAt(j);
            if (!Character.isLetter(c) && c != '\'' && c != '’' && c != '-') {
                break;
            }
            j += Character.charCount(c);
        }
        return j;
    }

    /** The fields of a bibliography-style citation, or null when the citation is not written that way. */
    static List<Field> fields(String body, List<TextSpan> italics) {
        if (!opensInverted(body)) {
            return null;
        }
        List<int[]> sentences = sentences(body);
        if (sentences.size() < 2) {
            return null;
        }
        int[] first = sentences.get(0);
        String authorText = body.substring(first[0], first[1]);
        List<Field> authorFields = FieldTokenizer.tokenize(authorText, shiftSpans(italics, first[0], first[1]));
        int titleAt = titledFirstSentence(authorFields);
        if (titleAt > 0) {
            // "Feinstein, Charles H. and Mark Thomas, _Making History Count_. Cambridge University Press, 2002":
            // the names and the title set off by a comma in one sentence, the facts in the next.
            List<Field> out = new ArrayList<>();
            for (Field f : authorFields) {
                out.add(shift(f, first[0]));
            }
            addSentences(body, sentences, 1, italics, out);
            return out;
        }
        authorFields = FieldTokenizer.tokenize(authorText);
        if (authorFields.size() == 2 && Dates.isDayOfWriting(authorFields.get(1).text() + " "
                + firstField(body.substring(sentences.get(1)[0], sentences.get(1)[1])))) {
            return null; // "Lowther, Feb. 16-26, 1685.": a letter's date, not a given name and a title
        }
        Field lastAuthorField = authorFields.isEmpty() ? null : authorFields.get(authorFields.size() - 1);
        if (lastAuthorField != null && Locators.isLocator(FieldTokenizer.stripTrailing(
                body.substring(first[0] + lastAuthorField.start()), "., "))) {
            return null; // "Lowther, Memoirs, ii. 12.": a volume and page, not a name suffix and a title
        }
        if (authorFields.size() < 2 || !Names.isSingleWordName(firstWords(authorFields.get(0).text()))
                || !authorFields.stream().allMatch(f -> f.isPlain() && (Names.looksLikeNames(f.text())
                || Names.isSuffix(f.text())))) {
            return null;
        }
        List<Field> out = new ArrayList<>();
        for (Field f : authorFields) {
            out.add(shift(f, first[0]));
        }
        int[] second = sentences.get(1);
        String titleText = body.substring(second[0], second[1]);
        List<Field> titleFields = FieldTokenizer.tokenize(titleText, shiftSpans(italics, second[0], second[1]));
        if (!titleFields.isEmpty() && titleFields.get(0).isTitle()) {
            // A quoted or italic title keeps its own form; what follows it in the sentence stays as fields.
            for (Field f : titleFields) {
                out.add(shift(f, second[0]));
            }
        } else {
            String title = FieldTokenizer.stripTrailing(titleText, ".,;: ");
            out.add(new Field(Field.Kind.ITALIC, title, second[0], second[0] + title.length(), false));
        }
        addSentences(body, sentences, 2, italics, out);
        return out;
    }

    /**
     * Where a title in italics or quotes ends the first sentence after two or more fields of names, the first a
     * family name alone ("Family, Given and Other Name, _Title_."), or -1.
     */
    private static int titledFirstSentence(List<Field> fields) {
        if (fields.size() < 3 || !Names.isSingleWordName(fields.get(0).text().strip())) {
            return -1;
        }
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (f.isTitle()) {
                return i >= 2 && i == fields.size() - 1 ? i : -1;
            }
            if (!f.isPlain() || !Names.looksLikeNames(f.text())) {
                return -1;
            }
        }
        return -1;
    }

    /** The fields of sentences {@code from} on, a year and the page after its colon split apart. */
    private static void addSentences(String body, List<int[]> sentences, int from, List<TextSpan> italics,
                                     List<Field> out) {
        for (int k = from; k < sentences.size(); k++) {
            int[] sentence = sentences.get(k);
            String text = body.substring(sentence[0], sentence[1]);
            for (Field f : FieldTokenizer.tokenize(text, shiftSpans(italics, sentence[0], sentence[1]))) {
                java.util.regex.Matcher m = YEAR_COLON.matcher(f.text());
                if (f.isPlain() && m.matches()) {
                    // "SAGE, 1991: 252-255": the year, then the page after the colon.
                    int at = f.start() + sentence[0];
                    out.add(new Field(Field.Kind.PLAIN, m.group(1), at, at + m.end(1), true));
                    out.add(new Field(Field.Kind.PLAIN, m.group(2), at + m.start(2), f.end() + sentence[0], false));
                } else {
                    out.add(shift(f, sentence[0]));
                }
            }
        }
    }

    private static String firstWords(String s) {
        return s.strip();
    }

    /**
     * Sentence spans: cut at a period followed by a space, outside quotes and parentheses, unless the period ends
     * an initial ("A.") or a known abbreviation ("ed.", "vol."); a quoted title that ends in a period
     * ("“Title.”") ends its sentence too.
     */
    static List<int[]> sentences(String s) {
        List<int[]> out = new ArrayList<>();
        int depth = 0;
        boolean quote = false;
        int start = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (c == '“' || (c == '"' && !quote)) {
                quote = true;
            } else if (c == '”' || (c == '"' && quote)) {
                quote = false;
                if (depth == 0 && i > 0 && (s.charAt(i - 1) == '.' || s.charAt(i - 1) == '?')
                        && i + 1 < n && Character.isWhitespace(s.charAt(i + 1))) {
                    add(s, start, i + 1, out);
                    start = i + 1;
                }
            } else if (c == '.' && depth == 0 && !quote && i + 1 < n && Character.isWhitespace(s.charAt(i + 1))
                    && !abbreviation(s, i)) {
                add(s, start, i, out);
                start = i + 1;
            }
        }
        add(s, start, n, out);
        return out;
    }

    private static boolean abbreviation(String s, int dot) {
        int w = dot;
        while (w > 0 && !Character.isWhitespace(s.charAt(w - 1)) && s.charAt(w - 1) != '(') {
            w--;
        }
        String word = s.substring(w, dot);
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            return true; // an initial: "Robert A. Margo"
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static void add(String s, int start, int end, List<int[]> out) {
        while (start < end && Character.isWhitespace(s.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new int[] {start, end});
        }
    }

    private static Field shift(Field f, int by) {
        return new Field(f.kind(), f.text(), f.start() + by, f.end() + by, f.colonAfter());
    }

    private static List<TextSpan> shiftSpans(List<TextSpan> spans, int from, int to) {
        List<TextSpan> out = new ArrayList<>();
        for (TextSpan t : spans) {
            int a = Math.max(t.start(), from) - from;
            int b = Math.min(t.end(), to) - from;
            if (b > a) {
                out.add(new TextSpan(a, b));
            }
        }
        return out;
    }

    /** The text up to the first comma, without a closing period: "9-19" of "9-19, 16-26.". */
    private static String firstField(String sentence) {
        int comma = sentence.indexOf(',');
        return FieldTokenizer.stripTrailing((comma < 0 ? sentence : sentence.substring(0, comma)).strip(), ".");
    }
}
