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
    /** Text that could not be read as a citation ({@link UnparsedCitation}). */
    UNPARSED("unparsed");

    private final String jsonName;

    CitationKind(String jsonName) {
        this.jsonName = jsonName;
    }

    /**
     * The kind as {@code notes --json} and {@code notes} write it: "full", "short", "ibid" or "unparsed". A
     * published contract.
     */
    public String jsonName() {
        return jsonName;
    }
}
