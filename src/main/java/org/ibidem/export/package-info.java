/**
 * Exports of the works cited: {@link org.ibidem.export.Exporter} writes BibTeX, BibLaTeX, CSL-JSON and RIS
 * ({@link org.ibidem.export.ExportFormat}); {@link org.ibidem.export.CslJsonText} writes and reads CSL-JSON text,
 * so references from Zotero or pandoc can be formatted and exported too.
 */
@NullMarked
package org.ibidem.export;

import org.jspecify.annotations.NullMarked;
