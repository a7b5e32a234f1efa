package org.ibidem.citation.parse;

import org.ibidem.document.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ibidem.reference.Locator;
import org.ibidem.citation.Names;

/**
 * Field normalisation: the steps between the tokenizer and the field readers (an italic "et seq." joined to its
 * page, remarks after a URL split off, a possessive author split from the title, quoted words inside a plain
 * title kept in it, a book review's words read as its title), and the remark and "[Anonymous]" that the parser
 * sets aside.
 */
final class FieldNormalizer {

    private FieldNormalizer() {
    }

    private static final Pattern POSSESSIVE_PREFIX = Pattern.compile(
            "^(\\p{Lu}[\\p{L}.'’ -]{0,60}?)(?:['’]s|s['’])\\s+(\\S.*)$");
    private static final Pattern QUOTATION_REMARK = Pattern.compile("(?i)(?:(?:emphasis|italics?)\\s+(?:added|mine|"
            + "supplied|(?:is\\s+)?(?:in\\s+(?:the\\s+)?)?original)|(?:my|our|original)\\s+(?:emphasis|italics)"
            + "|(?:my|our|the\\s+author['’]s|author['’]s)\\s+translation|translation\\s+(?:mine|my\\s+own|modified|"
            + "altered|amended|slightly\\s+modified)|trans(?:\\.|lation)\\s+modified"
            + "|translated\\s+by\\s+(?:me|the\\s+author))");

    /** "Anonymous", "Anon.", "[Anonymous]": a work whose title page names no author (CMOS 14.79). */
    static boolean isAnonymous(Field f) {
        String t = f.text();
        if (t.length() > 12 || t.isEmpty() || "[aA".indexOf(t.charAt(0)) < 0) {
            return false;
        }
        String bare = t.startsWith("[") && t.endsWith("]") ? t.substring(1, t.length() - 1) : t;
        return bare.equalsIgnoreCase("anonymous") || bare.equalsIgnoreCase("anon.");
    }

    /**
     * Whether a field is a remark on the quotation a note supports rather than part of the citation: "emphasis
     * added", "italics in original", "my translation", "translation modified", plain or in parentheses.
     */
    static boolean isQuotationRemark(Field f) {
        String t = f.text();
        if (f.isTitle() || t.length() > 40 || t.length() < 8) {
            return false;
        }
        return (FieldTokenizer.containsIgnoreCase(t, "emphas") || FieldTokenizer.containsIgnoreCase(t, "italic")
                || FieldTokenizer.containsIgnoreCase(t, "transl") || FieldTokenizer.containsIgnoreCase(t, "modified"))
                && PatternChecks.matches(QUOTATION_REMARK, t);
    }

    private static final Pattern INTERNAL_REFERENCE = Pattern.compile(
            "(?i)(?:(?:see\\s+)?(?:infra|supra|below|above)\\b.{0,40}|(?:in\\s+)?(?:app\\.|appendix)\\s+\\w{1,6},?\\s+"
                    + "(?:infra|supra|below|above))");

    /**
     * Whether a field is a pointer to another part of the writer's own book, in parentheses after the place
     * cited: "(infra in Appendix I)", "(in Appendix I, infra)", "(see below)". What follows the locator then
     * remarks on it; it is no part of the work cited.
     */
    static boolean isInternalReference(Field f) {
        String t = f.text();
        return f.kind() == Field.Kind.PAREN && t.length() <= 50 && !t.isEmpty()
                && "iIsSbBaA".indexOf(t.charAt(0)) >= 0 && hasPointerWord(t)
                && PatternChecks.matches(INTERNAL_REFERENCE, t);
    }

    private static final String[] POINTER_WORDS = {"infra", "supra", "below", "above"};

    /**
     * Whether one of the words every {@link #INTERNAL_REFERENCE} holds is in the text, in some ASCII case (the
     * pattern ignores ASCII case only): "(Berkeley: University of California Press, 1941)" opens with one of its
     * letters but has none of them.
     */
    private static boolean hasPointerWord(String t) {
        for (int i = 0; i + 5 <= t.length(); i++) {
            // Each word opens with i, s, b or a: the words are compared only at those letters, in either case.
            char c = (char) (t.charAt(i) | 0x20);
            if (c != 'i' && c != 's' && c != 'b' && c != 'a') {
                continue;
            }
            for (String word : POINTER_WORDS) {
                if (KeywordPattern.asciiWordAt(t, i, word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Quoted words inside a plain title ("… to the Sailing of the “Agamemnon” and “Niagara” (London: …)") are part
     * of the title, not a quoted title of their own: a quoted title is set off by commas, while these follow a
     * title's small word ("the", "of", "and"…) with no comma between. The run of such fields becomes one plain
     * field, quotes kept.
     */
    static List<Field> quotedWordsInPlainTitle(List<Field> fields, String body) {
        List<Field> out = null;
        for (int i = 1; i < fields.size(); i++) {
            Field q = fields.get(i);
            Field before = fields.get(i - 1);
            if (q.kind() != Field.Kind.QUOTED || !before.isPlain() || before.colonAfter()
                    || !onlySpaces(body, before.end(), q.start()) || !endsWithTitleWord(before.text())) {
                continue;
            }
            int last = i;
            while (last + 1 < fields.size() && fields.get(last + 1).kind() != Field.Kind.PAREN
                    && onlySpaces(body, fields.get(last).end(), fields.get(last + 1).start())) {
                last++;
            }
            if (out == null) {
                out = new ArrayList<>(fields.subList(0, i - 1));
            } else {
                out.remove(out.size() - 1);
            }
            Field end = fields.get(last);
            out.add(new Field(Field.Kind.PLAIN, body.substring(before.start(), end.end()).strip(), before.start(),
                    end.end(), end.colonAfter()));
            for (int k = last + 1; k < fields.size(); k++) {
                out.add(fields.get(k));
            }
            return quotedWordsInPlainTitle(out, body);
        }
        return out == null ? fields : out;
    }

    /** Whether the text ends with a word only a title has before a quoted name: "… the Sailing of the". */
    private static boolean endsWithTitleWord(String text) {
        int space = text.lastIndexOf(' ');
        String last = text.substring(space + 1);
        // Or the article that opens a subtitle: "That Noble Dream: The “Objectivity Question” and …".
        return TITLE_JOINERS.contains(last)
                || space > 0 && text.charAt(space - 1) == ':' && SUBTITLE_ARTICLES.contains(last);
    }

    private static final Set<String> SUBTITLE_ARTICLES = Set.of("The", "A", "An");

    private static final Set<String> TITLE_JOINERS = Set.of("the", "a", "an", "of", "and", "or", "to", "on", "for",
            "with", "from", "at", "about", "against", "between");

    private static boolean onlySpaces(String s, int from, int to) {
        if (from > to || to > s.length()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A book review (CMOS 14.215) names the review in place of a title: "Perez Zagorin, review of <i>The Crisis of
     * the Aristocracy</i>, by Lawrence Stone, <i>Journal of Modern History</i> 39, no. 3 (1967): 272–74". The
     * words from "review of" to the reviewed author become one quoted title, so that the journal after them is read
     * as an article's.
     */
    static List<Field> reviewAsTitle(List<Field> fields) {
        for (int r = 1; r < fields.size() - 1; r++) {
            Field f = fields.get(r);
            if (f.isTitle()) {
                return fields; // a title comes first: the review's words are not where its title would be
            }
            if (!f.isPlain() || !f.text().regionMatches(true, 0, "review of", 0, 9)) {
                continue;
            }
            int by = f.text().length() > 9 ? r + 1 : r + 2; // "review of Title" or "review of", *Title*
            if (by >= fields.size() || !fields.get(by).isPlain()
                    || !fields.get(by).text().regionMatches(true, 0, "by ", 0, 3)) {
                return fields;
            }
            StringBuilder text = new StringBuilder(f.text());
            for (int k = r + 1; k <= by; k++) {
                text.append(k == r + 1 && by == r + 2 ? " " : ", ").append(fields.get(k).text());
            }
            Field last = fields.get(by);
            List<Field> merged = new ArrayList<>(fields.subList(0, r));
            merged.add(new Field(Field.Kind.QUOTED, text.toString(), f.start(), last.end(), last.colonAfter()));
            merged.addAll(fields.subList(by + 1, fields.size()));
            return merged;
        }
        return fields;
    }

    /**
     * Splits an author's possessive off the front of a field: "Madison's Works" → "Madison" + title "Works",
     * "Grimm's Teut. Myth." → "Grimm" + "Teut. Myth.", as nineteenth-century notes write them.
     */
    static List<Field> splitPossessive(List<Field> fields) {
        if (fields.isEmpty() || !fields.get(0).isPlain()) {
            return fields;
        }
        Field f = fields.get(0);
        if (f.text().indexOf('\'') < 0 && f.text().indexOf('’') < 0) {
            return fields; // no possessive (asked first: the cheapest question)
        }
        // "People’s Press Editorial, “…”": before a title, the field is the author, possessive or corporate.
        if (fields.size() > 1 && fields.get(1).isTitle() || Names.isCorporate(f.text())) {
            return fields;
        }
        Matcher m = POSSESSIVE_PREFIX.matcher(f.text());
        if (!m.matches() || !Names.looksLikeNames(m.group(1)) || Locators.isLocator(m.group(2))) {
            return fields;
        }
        List<Field> out = new ArrayList<>(fields.size() + 1);
        int titleStart = f.start() + m.start(2);
        out.add(new Field(Field.Kind.PLAIN, m.group(1), f.start(), f.start() + m.end(1), false));
        out.add(new Field(Field.Kind.ITALIC, m.group(2), titleStart, f.end(), f.colonAfter()));
        out.addAll(fields.subList(1, fields.size()));
        return out;
    }

    private static final Pattern SUBDIVISION_IN_PARENTHESES = Pattern.compile(
            "(?i)(?:exhibit|enclosure|inclosure|annex)\\s+\\w{1,6}|[ivxlc]{1,5}|\\d{1,2}");

    /**
     * "No. 105 (Enclosure 3)", "No. 70 (I)": a part of a numbered document, in parentheses after its number,
     * belongs to the locator; it is no publication facts or remark.
     */
    static List<Field> mergeLocatorSubdivisions(List<Field> fields) {
        List<Field> out = null;
        for (int i = 1; i < fields.size(); i++) {
            Field f = fields.get(i);
            Field before = out == null ? fields.get(i - 1) : out.get(out.size() - 1);
            boolean merge = f.kind() == Field.Kind.PAREN && f.text().length() <= 16 && before.isPlain()
                    && PatternChecks.matches(SUBDIVISION_IN_PARENTHESES, f.text())
                    && numberOrPart(before.text(), f.text());
            if (merge && out == null) {
                out = new ArrayList<>(fields.subList(0, i));
            }
            if (merge) {
                out.set(out.size() - 1, new Field(Field.Kind.PLAIN, before.text() + " (" + f.text() + ")",
                        before.start(), f.end(), f.colonAfter()));
            } else if (out != null) {
                out.add(f);
            }
        }
        return out == null ? fields : out;
    }

    /** A numbered document before a bare "(I)"; any locator before a named part ("(Enclosure 3)"). */
    private static boolean numberOrPart(String before, String inner) {
        Locator l = Locators.parse(before);
        return l != null && (l.label().equals("number") || inner.indexOf(' ') > 0);
    }

    /**
     * "pp. 228 _et seq_.", "p. 12 _passim_": Latin locator words set in italics, as older texts print them, belong
     * to the locator before them; they are not a title.
     */
    static List<Field> mergeItalicLocatorWords(List<Field> fields) {
        List<Field> out = null;
        for (int i = 1; i < fields.size(); i++) {
            Field f = fields.get(i);
            Field before = out == null ? fields.get(i - 1) : out.get(out.size() - 1);
            boolean merge = f.kind() == Field.Kind.ITALIC && f.text().length() <= 8 && before.isPlain()
                    && isLatinLocatorWord(FieldTokenizer.stripTrailing(f.text(), "."));
            if (merge && out == null) {
                out = new ArrayList<>(fields.subList(0, i));
            }
            if (merge) {
                out.set(out.size() - 1, new Field(Field.Kind.PLAIN, before.text() + " " + f.text(), before.start(),
                        f.end(), f.colonAfter()));
            } else if (out != null) {
                out.add(f);
            }
        }
        return out == null ? fields : out;
    }

    /**
     * "…, https://example.org/guide.html for the differences": a URL with a remark run on after it, split in two
     * so that the URL is read as one and the remark kept as the suffix.
     */
    static List<Field> splitUrlRemarks(List<Field> fields) {
        List<Field> out = null;
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            String t = f.text();
            int space = -1;
            // The first letter first: no character but an ASCII one folds to "h" or "w".
            char first = t.isEmpty() ? ' ' : t.charAt(0);
            if (f.isPlain() && (first == 'h' || first == 'H' || first == 'w' || first == 'W')
                    && (t.regionMatches(true, 0, "http", 0, 4) || t.regionMatches(true, 0, "www.", 0, 4))) {
                for (int k = 0; k < t.length() && space < 0; k++) {
                    if (Character.isWhitespace(t.charAt(k))) {
                        space = k;
                    }
                }
            }
            String url = space > 0 ? FieldTokenizer.stripTrailing(t, 0, space, ".,;:") : null;
            if (url != null && !TrailingLocator.isUrl(url)) {
                space = -1;
            }
            if (space > 0 && out == null) {
                out = new ArrayList<>(fields.subList(0, i));
            }
            if (space > 0) {
                int rest = space;
                while (rest < t.length() && Character.isWhitespace(t.charAt(rest))) {
                    rest++;
                }
                out.add(new Field(Field.Kind.PLAIN, url, f.start(), f.start() + url.length(), false));
                out.add(new Field(Field.Kind.PLAIN, t.substring(rest), f.start() + rest, f.end(), f.colonAfter()));
            } else if (out != null) {
                out.add(f);
            }
        }
        return out == null ? fields : out;
    }

    private static boolean isLatinLocatorWord(String text) {
        return text.equalsIgnoreCase("et seq") || text.equalsIgnoreCase("et seqq") || text.equalsIgnoreCase("seq")
                || text.equalsIgnoreCase("ff") || text.equalsIgnoreCase("passim");
    }

    /**
     * The body's fields, normalised for the field readers: a bibliography-style entry's, or the tokenizer's with
     * an italic locator word joined to its page, remarks after a URL and a possessive author split off, quoted
     * words inside a plain title kept in it, and a review's words read as its title.
     */
    static List<Field> fields(String body, List<TextSpan> italics) {
        List<Field> fields = BibliographyStyle.fields(body, italics);
        if (fields == null) {
            fields = splitPossessive(splitUrlRemarks(mergeLocatorSubdivisions(
                    mergeItalicLocatorWords(FieldTokenizer.tokenize(body, italics)))));
        }
        if (fields.isEmpty()) {
            return fields;
        }
        return reviewAsTitle(quotedWordsInPlainTitle(fields, body));
    }
}
