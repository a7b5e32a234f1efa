/**
 * The facade: {@link org.ibidem.Ibidem} reads a document's notes, parses, resolves and checks them in one call and
 * returns an {@link org.ibidem.Analysis}; {@link org.ibidem.IbidemOptions} tunes it.
 *
 * <p>Null-marked: a type is non-null unless it says {@code @Nullable} (the options' input format, absent when it
 * is to be detected).
 */
@NullMarked
package org.ibidem;

import org.jspecify.annotations.NullMarked;
