package org.ibidem.citation;

/**
 * The kinds of citation, as the parser decides them from the form written. Each {@link Citation} record has one
 * kind; the resolver may record a different kind for how a citation <em>resolved</em> (a letter given by writer
 * and date after its full citation resolves as a short form) without changing the citation.
 *
 * <pre>{@code
 * Citation c = new NoteParser().parse("Ibid., 45.").get(0);
 * c.kind();              // CitationKind.IBID
 * c.kind().jsonName();   // "ibid", as notes --json writes it
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public enum CitationKind {
    /** A work given in full ({@link FullCitation}). */
    FULL("full"),
    /** A work repeated in short: author, title or both ({@link ShortCitation}). */
    SHORT("short"),
    /** "Ibid.", "Id.": the citation just before ({@link IbidCitation}). */
    IBID("ibid"),
    /**
     * A cross-reference: "supra note 3", "n. 7 above", "op. cit.", "loc. cit." ({@link CrossReference}). The
     * published JSON has always called it "short", and keeps doing so.
     */
    CROSS_REFERENCE("short"),
    /** Text that could not be read as a citation ({@link UnparsedCitation}). */
    UNPARSED("unparsed");

    private final String jsonName;

    CitationKind(String jsonName) {
        this.jsonName = jsonName;
    }

    /**
     * The kind as {@code notes --json} and {@code notes} write it: "full", "short", "ibid" or "unparsed". A
     * published contract: a cross-reference is written "short", as it was before it had a kind of its own.
     */
    public String jsonName() {
        return jsonName;
    }
}
