package org.ibidem.citation.parse;

import org.ibidem.citation.Citation;
import org.ibidem.citation.NameOrder;

/**
 * Reads notes for works that are not printed: films, broadcasts, recordings, podcasts, social-media posts and
 * personal communications. {@link MediaNotes} tells which of these a note is and reads it. First of the field
 * readers: a film's "directed by" or a post's date would otherwise read as a book's contributors or an
 * unpublished document's date.
 */
final class MediaReader implements CitationReader {

    private final MediaNotes media;

    MediaReader(NameOrder nameOrder) {
        this.media = new MediaNotes(nameOrder);
    }

    /** {@link MediaNotes#read} makes its own cheap tests first. */
    @Override
    public boolean accepts(Segment s) {
        return true;
    }

    @Override
    public Citation read(Segment s) {
        return media.read(s);
    }
}
