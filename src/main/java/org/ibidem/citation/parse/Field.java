package org.ibidem.citation.parse;

/**
 * One comma-separated part of a citation, as {@link FieldTokenizer} cuts it.
 *
 * @param kind      plain text, a quoted title, or a parenthetical
 * @param text      the content: without quotes or parentheses, and without the punctuation Chicago puts inside
 *                  a closing quote
 * @param start     where the field (quotes or parentheses included) starts in the tokenized text
 * @param end       where it ends
 * @param colonAfter whether a colon, not a comma, follows it (a journal's "(1969): 79")
 */
public record Field(Kind kind, String text, int start, int end, boolean colonAfter) {

    /** Plain text; a title in quotes; a parenthetical; a title set in italics (or otherwise known to be one). */
    public enum Kind { PLAIN, QUOTED, PAREN, ITALIC }

    public boolean isPlain() {
        return kind == Kind.PLAIN;
    }

    /** A title by its form: quoted or italic. */
    public boolean isTitle() {
        return kind == Kind.QUOTED || kind == Kind.ITALIC;
    }
}
