package org.ibidem.citation.parse;

import java.util.regex.Pattern;

/**
 * A run of a periodical's issues cited after its first one: "“Series: Ports Today,” <i>Sea and Society</i> 9,
 * no. 1 (2000); 10, no. 2 (2001); 11, no. 3 (2002)". The later items give a volume, an issue and a year and
 * nothing else: they name no work of their own, and belong to the citation before them.
 */
final class ContinuedIssues {

    private ContinuedIssues() {
    }

    private static final Pattern FURTHER_ISSUE = Pattern.compile(
            "^(?:vol\\.\\s*)?\\d{1,4},\\s*(?:no\\.|nos\\.|issue)\\s*\\d{1,4}(?:[/–-]\\d{1,4})?\\s*"
                    + "\\((?:[A-Z][a-z]+\\.?\\s+)?\\d{4}\\)[.:]?(?:\\s*\\d+(?:[–-]+\\d+)?\\.?)?$");

    /** Whether the segment is only a further issue of the periodical cited just before. */
    static boolean isFurtherIssue(String raw) {
        String s = raw.strip();
        return !s.isEmpty() && Character.isDigit(s.charAt(0)) && s.length() < 60 && FURTHER_ISSUE.matcher(s).matches();
    }
}
