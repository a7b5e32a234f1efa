package org.ibidem.citation.parse;

import org.ibidem.reference.Locator;

/**
 * What trails a full citation, read: the place cited, and the extent of the work in its container when the note
 * gives both ("189–225, 201": page 201 of an article on pages 189–225), else null.
 */
record LocatorAndPage(Locator locator, String page) {
}
