package org.ibidem.citation.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ibidem.citation.Names;

/**
 * Small helpers on fields and their text shared by the readers: where the first field of a kind or the
 * publication facts are, joining fields, a possessive's stem, a volume run into a title.
 */
final class FieldText {

    private FieldText() {
    }

    static final Pattern WHITESPACE = Pattern.compile("\\s+");
    static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s,.:]+");
    static final Pattern YEAR_SPAN = Pattern.compile("(?:c\\.\\s*)?\\d{4}(?:\\s*[–—-]\\s*\\d{2,4})?");
    private static final Pattern NO_DATE = Pattern.compile("(?i)\\bn\\.\\s?d\\.");
    private static final Pattern VOLUME_IN_TITLE = Pattern.compile(
            "^(.{2,}?)[,\\s]+(?:vol\\.?|volume)\\s*(\\d+|[IVXLC]+)$", Pattern.CASE_INSENSITIVE);
    static final Pattern FORTHCOMING = Pattern.compile("(?i)\\b(?:forthcoming|in press)$");
    static final KeywordPattern THESIS = KeywordPattern.startingAtKeys("\\b(?:diss\\.|dissertation\\b|thesis\\b)",
            "diss", "thesis");
    private static final Pattern POSSESSIVE = Pattern.compile("^(.+?)(?:['’]s|(?<=s)['’])$");

    /** The match of {@link #VOLUME_IN_TITLE} on the whole title, or null; tried only on a title that says "vol". */
    static Matcher volumeInTitle(String title) {
        char last = title.isEmpty() ? ' ' : title.charAt(title.length() - 1);
        if (!(last >= '0' && last <= '9' || "IVXLCivxlc".indexOf(last) >= 0)
                || !FieldTokenizer.containsIgnoreCase(title, "vol")) {
            return null;
        }
        Matcher vt = VOLUME_IN_TITLE.matcher(title);
        return vt.matches() ? vt : null;
    }

    static boolean startsWithDigit(String t) {
        return !t.isEmpty() && t.charAt(0) >= '0' && t.charAt(0) <= '9';
    }

    static boolean endsWithDigit(String s) {
        return !s.isEmpty() && Character.isDigit(s.charAt(s.length() - 1));
    }

    static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static int indexOfPublicationFacts(List<Field> fields) {
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (f.kind() == Field.Kind.PAREN) {
                String t = f.text();
                if (Dates.lastYearIn(t) > 0 || t.contains(":") || PatternChecks.find(NO_DATE, t)
                        || THESIS.find(t)
                        || (t.endsWith("ing") || t.endsWith("ress")) && PatternChecks.find(FORTHCOMING, t)) {
                    return i;
                }
            }
        }
        return -1;
    }

    static int indexOf(List<Field> fields, Field.Kind kind) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).kind() == kind) {
                return i;
            }
        }
        return -1;
    }

    /** The fields' texts joined by ", ", as the note wrote them. */
    static String joinText(List<Field> fields) {
        StringBuilder sb = new StringBuilder();
        for (Field f : fields) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(f.text());
        }
        return sb.toString();
    }

    static String stripPossessive(String text) {
        String t = text.strip();
        if (!(t.endsWith("'s") || t.endsWith("’s") || t.endsWith("s'") || t.endsWith("s’"))) {
            return t; // POSSESSIVE cannot match, and its lazy group would try every length first
        }
        Matcher m = POSSESSIVE.matcher(t);
        return m.matches() && Names.looksLikeNames(m.group(1)) ? m.group(1) : t;
    }

    private static int sentenceEnd(String s) {
        for (int i = 0; i + 1 < s.length(); i++) {
            if (s.charAt(i) == '.' && Character.isWhitespace(s.charAt(i + 1)) && i > 0
                    && Character.isDigit(s.charAt(i - 1))) {
                return i;
            }
        }
        return s.length();
    }

    static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
