package org.ibidem.reference;

import java.util.Objects;

/**
 * The place cited inside a work — a page, a page range or list, a volume, a document number — kept apart from
 * the work's own data. The label uses CSL's locator terms ("page", "volume", "number", "chapter", "note",
 * "section", "paragraph", "line", "folio").
 *
 * <pre>{@code
 * Locator pages = Locator.page("79-80, 85-86");
 * pages.isList();   // true: a bare "Ibid." after it cannot say which page it means
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param label the CSL locator label, e.g. "page"
 * @param value the locator as written, e.g. "321-322"
 */
public record Locator(String label, String value) {

    /** Requires a label and a non-blank value. */
    public Locator {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("A locator needs a value");
        }
        value = value.strip();
    }

    /** A page locator. */
    public static Locator page(String value) {
        return new Locator("page", value);
    }

    /** Whether the value lists several places ("79-80, 85-86", "106, 217"), so "the same page" is unclear. */
    public boolean isList() {
        return value.indexOf(',') >= 0 || value.contains(" and ") || value.indexOf('&') >= 0;
    }
}
