package org.ibidem.citation;

/**
 * Things the parser noticed about how a citation is written, that house-style rules may want to report. Only
 * {@link #SAME_AUTHOR_AS_BEFORE} changes what the citation means, and only once resolved.
 *
 * <p>Immutable and thread-safe.
 */
public enum StyleFlag {
    /** Several authors separated by commas only ("Karl Marx, Frederick Engels"), where Chicago joins with "and". */
    AUTHORS_JOINED_BY_COMMA,
    /** An author written family name first ("Lengxi, Wu"), as a bibliography does; a note gives names in order. */
    INVERTED_NAME,
    /** The citation ends in a comma or an opening quote: it looks cut off (a URL or page lost). */
    CUT_OFF,
    /** A title given in full with "Vol 5" run into it rather than as "vol. 5" after it. */
    VOLUME_IN_TITLE,
    /**
     * "Idem" (or "Eadem", "Iidem") in place of the author's name: the same author as the citation just before.
     * The parser leaves the authors empty; the resolver takes them from that citation's work, for a full citation
     * ("Idem, <i>Reconstruction</i> (…), 12.") and for an author-only short form ("Idem, 202.") alike.
     */
    SAME_AUTHOR_AS_BEFORE,
    /**
     * A reference by a canonical text's own divisions: scripture by book, chapter and verse ("Gen. 3:16"), a
     * classical work by book and section ("Thucydides, History of the Peloponnesian War 2.40.1"). Chicago gives
     * every reference in that same form, without publication facts (CMOS 14.238–14.256), so rules that ask a
     * full citation for its publisher, or a repeated one to be shortened, leave it alone.
     */
    CANONICAL_REFERENCE,
    /**
     * Cited inside another citation's parenthetical, "… (quoting Doe v. Roe, 1 U.S. 2, 3 (1990))" or "(citing
     * Smith, supra note 4, at 12)": the authority the cited work quotes or relies on. A later "Id." skips it and
     * refers to the citation around it (Bluebook rule 4.1).
     */
    IN_PARENTHETICAL,

    /**
     * A page range given alone in an article's or chapter's full citation, read as the work's extent (its CSL
     * {@code page}) rather than the place cited. Chicago would have it the place cited, so a page cited later
     * outside it is not reported as an error of the note.
     */
    RANGE_READ_AS_EXTENT
}
