/**
 * The citations a note holds: the sealed {@link org.ibidem.citation.Citation} with its kinds (full, short, ibid,
 * cross-reference, unparsed), and {@link org.ibidem.citation.NoteParser}, which reads them from a note's text.
 *
 * <p>Null-marked: a type is non-null unless it says {@code @Nullable}. A citation's locator, prefix and suffix,
 * and a short form's title, volume and title span, may be absent.
 */
@NullMarked
package org.ibidem.citation;

import org.jspecify.annotations.NullMarked;
