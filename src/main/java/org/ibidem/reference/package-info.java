/**
 * Our CSL-shaped model of a cited work: {@link org.ibidem.reference.Reference} with its
 * {@link org.ibidem.reference.Name}s, {@link org.ibidem.reference.PartialDate}s and
 * {@link org.ibidem.reference.ItemType}, the cited place as a {@link org.ibidem.reference.Locator}, and
 * {@link org.ibidem.reference.CslField}, the one table of how each field becomes a CSL variable.
 *
 * <p>Null-marked: a type is non-null unless it says {@code @Nullable}. A reference's optional fields are
 * nullable ("not given"); its name lists never are.
 */
@NullMarked
package org.ibidem.reference;

import org.jspecify.annotations.NullMarked;
