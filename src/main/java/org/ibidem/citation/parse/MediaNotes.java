package org.ibidem.citation.parse;

import java.util.List;
import org.ibidem.citation.FullCitation;
import org.ibidem.citation.NameOrder;

/**
 * Notes for works that are not printed: films, broadcasts and podcasts, recordings, works of art, personal
 * communications and social-media posts (CMOS 14.207–14.214, 14.235, 14.261–14.268). Read as books they came out
 * wrong: a film's title as its author ("Battleship Potemkin" as a person), "(podcast)" as a place, "email message
 * to author" as a book's title.
 *
 * <p>This class decides which of these a note is and hands it to the class that reads that kind:
 * {@link FilmNotes} (films, videos posted online), {@link BroadcastNotes} (broadcast and podcast episodes),
 * {@link MessageNotes} (personal communications, social-media posts), {@link RecordingNotes} and
 * {@link ArtworkNotes}; the grammar they share is in {@link MediaFields}.
 *
 * <pre>{@code
 * Casablanca, directed by Michael Curtiz (1942; Burbank, CA: Warner Home Video, 2003), DVD.   → FilmNotes
 * “Lisbon,” The Crown, season 2, episode 3, directed by Philip Martin, aired December 8, 2017.  → BroadcastNotes
 * Anna Karpova, email message to author, March 3, 2021.                                       → MessageNotes
 * }</pre>
 *
 * <p>Each shape is told by a word the others never have in that place ("directed by", "host", "episode",
 * "(podcast)", "… to the author", a platform's name after a quoted title), tested on the note's fields before any
 * pattern runs, so other notes pay a few character comparisons. Immutable and thread-safe.
 */
final class MediaNotes {
    private final FilmNotes films;
    private final BroadcastNotes broadcasts;
    private final MessageNotes messages;
    private final RecordingNotes recordings;
    private final ArtworkNotes artworks;

    MediaNotes(NameOrder order) {
        this.films = new FilmNotes(order);
        this.broadcasts = new BroadcastNotes(order);
        this.messages = new MessageNotes(order);
        this.recordings = new RecordingNotes(order);
        this.artworks = new ArtworkNotes(order);
    }

    /**
     * The segment read as one of these works, or null when it is none of them (the usual case, decided from the
     * fields' first letters).
     */
    FullCitation read(Segment s) {
        List<Field> fields = s.fields();
        int n = fields.size();
        if (n < 2) {
            return null;
        }
        boolean directed = false;
        boolean episodic = false;
        boolean personal = false;
        boolean platform = false;
        boolean video = false;
        boolean recording = false;
        boolean artwork = false;
        for (int i = 0; i < n; i++) {
            Field f = fields.get(i);
            String t = f.text();
            if (f.kind() == Field.Kind.PAREN && !t.isEmpty() && (t.charAt(0) == 'p' || t.charAt(0) == 'P')) {
                episodic |= BroadcastNotes.isPodcast(t); // "History Hour (podcast)"
            }
            if (!f.isPlain() || t.isEmpty()) {
                continue;
            }
            // Every test below runs on every field of every note: each pattern runs only after a comparison of
            // characters says the field can be what it matches.
            char first = t.charAt(0);
            char c = first >= 'A' && first <= 'Z' ? (char) (first + ('a' - 'A')) : first;
            directed |= c == 'd' && FilmNotes.namesDirector(t);
            episodic |= (c == 'e' || c == 's') && BroadcastNotes.opensWithEpisode(t)
                    || c == 'h' && i == 1 && BroadcastNotes.namesHost(t)
                    || c == 'a' && t.regionMatches(true, 0, "aired ", 0, 6)
                    || t.endsWith(")") && BroadcastNotes.endsWithPodcastMark(t);
            personal |= i == 1 && MessageNotes.namesPersonalCommunication(t);
            boolean afterQuoted = i > 0 && fields.get(i - 1).kind() == Field.Kind.QUOTED && t.length() <= 30;
            platform |= afterQuoted && "tTxXfFiIbBmMrRlLwW".indexOf(c) >= 0 && MessageNotes.namesPlatform(t);
            video |= afterQuoted && "yYvVdD".indexOf(c) >= 0 && FilmNotes.namesVideoSite(t);
            recording |= i == n - 1 && i >= 2 && RecordingNotes.namesMedium(t);
            artwork |= i >= 2 && ArtworkNotes.namesMedium(t);
        }
        if (personal) {
            return messages.personalCommunication(s);
        }
        if (episodic) {
            return broadcasts.broadcast(s);
        }
        if (directed) {
            return films.film(s);
        }
        if (platform && fields.get(0).isPlain()) {
            return messages.post(s);
        }
        if (video) {
            return films.onlineVideo(s);
        }
        if (recording) {
            return recordings.recording(s);
        }
        if (artwork) {
            return artworks.artwork(s);
        }
        return null;
    }
}
