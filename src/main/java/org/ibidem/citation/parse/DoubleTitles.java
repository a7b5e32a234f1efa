package org.ibidem.citation.parse;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ibidem.citation.ShortCitation;
import org.ibidem.document.TextSpan;

/**
 * A pamphlet or tract named by its double title alone, as older notes list them among their authorities: "Lamb's
 * Memoirs, 12; The Church vindicated, or a Defence of the Clergy; Hale, 14." A title that opens with an article,
 * then ", or" and a second title that opens with an article and a capital: the seventeenth and eighteenth
 * centuries' "X, or Y". Its words need not be capitalised, and it may hold a participle ("vindicated",
 * "displayed") that would otherwise read as the verb of a sentence. No digits: a title with a page or its facts is
 * left to the other readers.
 *
 * <p>Stateless and thread-safe.
 */
final class DoubleTitles {

    private DoubleTitles() {
    }

    private static final Pattern DOUBLE_TITLE = Pattern.compile(
            "(?:The|A|An)\\s+\\p{L}[^,;:()\\[\\]\\d\"“”]{1,80}?,\\s+or,?\\s+(?:a|an|the)\\s+\\p{Lu}"
                    + "[^;:()\\[\\]\\d\"“”]{0,200}");
    // A sentence's verbs in the first title: "The story was false, or a Tory invention" is prose.
    private static final WordSet VERBS = new WordSet(Set.of("is", "was", "are", "were", "has", "had", "have", "be",
            "been", "will", "would", "may", "might", "can", "could", "shall", "should", "must", "did", "does", "do"));

    /** The segment read as a title-only short form, when it is a double title and nothing else; else null. */
    static ShortCitation read(String raw, int offset) {
        char first = raw.isEmpty() ? ' ' : raw.charAt(0);
        if ((first != 'T' && first != 'A') || raw.indexOf(", or") < 0) {
            return null;
        }
        String title = raw.strip();
        while (title.endsWith(".") && !title.endsWith("-.")) {
            title = title.substring(0, title.length() - 1).strip();
        }
        Matcher m = DOUBLE_TITLE.matcher(title);
        if (!m.matches() || hasVerb(title.substring(0, title.indexOf(", or")))) {
            return null;
        }
        int start = offset + (raw.length() - raw.stripLeading().length());
        TextSpan span = new TextSpan(start, start + title.length());
        return new ShortCitation(ShortCitation.Form.TITLE_ONLY, List.of(), title, null, null, span, raw.strip(),
                new TextSpan(start, start + raw.strip().length()), null, null, Set.of());
    }

    private static boolean hasVerb(String text) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int j = i;
            while (j < n && Character.isLetter(text.charAt(j))) {
                j++;
            }
            if (j > i && VERBS.contains(text, i, j)) {
                return true;
            }
            i = j;
        }
        return false;
    }
}
