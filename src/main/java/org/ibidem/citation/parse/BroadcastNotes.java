package org.ibidem.citation.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ibidem.citation.FullCitation;
import org.ibidem.citation.NameOrder;
import org.ibidem.citation.Names;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;

/**
 * Notes for an episode of a broadcast or a podcast (CMOS 14.266, 14.268): its title in quotes, the series, the
 * season and episode, a host or director, the date it aired and the network.
 *
 * <pre>{@code
 * Jane Doe, host, “The Fall of the Wall,” History Hour (podcast), episode 42, BBC Radio 4, November 9, 2019.
 *     → broadcast; author Doe (the host); episode "The Fall of the Wall" of History Hour; number 42
 * “Lisbon,” The Crown, season 2, episode 3, directed by Philip Martin, aired December 8, 2017, on Netflix.
 *     → broadcast; volume 2 (the season), number 3; director Martin; publisher Netflix
 * }</pre>
 *
 * <p>{@code MediaNotes} decides a note is one of these before asking. Immutable and thread-safe.
 */
final class BroadcastNotes {
    private static final Pattern HOST_ROLE = Pattern.compile(
            "(?i)(?:co-?)?hosts?(?:\\s+and\\s+(?:executive\\s+)?producers?)?");
    private static final Pattern EPISODE = Pattern.compile(
            "(?i)(?:season\\s+(\\d+),?\\s+)?(?:episode|ep\\.)\\s+(\\d+[a-z]?)");
    private static final Pattern SEASON = Pattern.compile("(?i)season\\s+(\\d+)");
    private static final Pattern AIRED = Pattern.compile(
            "(?i)(?:aired|broadcast|released)\\s+(.+?)(?:,?\\s+on\\s+(.+))?");
    private static final Pattern ON_NETWORK = Pattern.compile("(?i)on\\s+(.+)");
    private static final Pattern PODCAST_MARK = Pattern.compile(
            "(?i)\\s*\\((?:podcast|podcast audio|podcast video)\\)$");
    private static final Pattern PODCAST = Pattern.compile("(?i)podcast(?: audio| video)?");
    private static final Pattern YEAR_ON_NETWORK = Pattern.compile("(\\d{4})(?:,?\\s+on\\s+(.+))?");

    private final NameOrder order;

    BroadcastNotes(NameOrder order) {
        this.order = order;
    }

    /** Whether a field opens with an episode or a season ("episode 42", "ep. 3", "season 2, episode 3"). */
    static boolean opensWithEpisode(String t) {
        return (t.regionMatches(true, 0, "episode ", 0, 8) || t.regionMatches(true, 0, "ep. ", 0, 4)
                || t.regionMatches(true, 0, "season ", 0, 7)) && PatternChecks.lookingAt(EPISODE, t);
    }

    /** Whether a field is a host's role ("host", "co-host", "host and executive producer"). */
    static boolean namesHost(String t) {
        return t.length() <= 40 && PatternChecks.matches(HOST_ROLE, t);
    }

    /** Whether a field says "podcast" ("podcast", "podcast audio"), as a parenthesis after a series does. */
    static boolean isPodcast(String t) {
        return PatternChecks.matches(PODCAST, t);
    }

    /** Whether a field ends with "(podcast)". */
    static boolean endsWithPodcastMark(String t) {
        return PatternChecks.find(PODCAST_MARK, t);
    }

    /**
     * A broadcast or podcast episode: its title in quotes, the series (before or after it, "(podcast)" marking a
     * podcast), its season and episode, host or director, the date it aired and the network.
     */
    FullCitation broadcast(Segment s) {
        List<Field> fields = s.fields();
        int n = fields.size();
        Reference.Builder ref = Reference.builder(ItemType.BROADCAST);
        int i = 0;
        if (n >= 3 && fields.get(0).isPlain() && PatternChecks.matches(HOST_ROLE, fields.get(1).text())) {
            // "Jane Doe, host, …": the host stands where an author does (CMOS 14.168).
            if (!Names.looksLikeNames(fields.get(0).text())) {
                return null;
            }
            ref.authors(Names.parseList(fields.get(0).text(), order));
            i = 2;
        }
        String title = null;
        String series = null;
        List<String> rest = new ArrayList<>();
        List<String> network = new ArrayList<>();
        boolean dated = false;
        for (; i < n; i++) {
            Field f = fields.get(i);
            String t = f.text();
            if (f.kind() == Field.Kind.QUOTED && title == null) {
                title = t;
                continue;
            }
            if (f.kind() == Field.Kind.PAREN) {
                if (isPodcast(t)) {
                    ref.medium("podcast");
                } else {
                    rest.add(t);
                }
                continue;
            }
            Matcher episode = EPISODE.matcher(t);
            Matcher season = SEASON.matcher(t);
            Matcher aired = AIRED.matcher(t);
            String director = FilmNotes.directorIn(t);
            Matcher on = ON_NETWORK.matcher(t);
            PartialDate dateHere = dated ? null : MediaFields.dateAt(fields, i);
            if (episode.matches()) {
                if (episode.group(1) != null) {
                    ref.volume(episode.group(1));
                }
                ref.number(episode.group(2));
            } else if (season.matches()) {
                ref.volume(season.group(1)); // "season 2, episode 3" cut in two by its comma
            } else if (director != null) {
                ref.directors(Names.parseList(director, order));
            } else if (aired.matches()) {
                String when = aired.group(1);
                Matcher yearOn = i + 1 < n && Dates.isMonthDay(when)
                        ? YEAR_ON_NETWORK.matcher(fields.get(i + 1).text()) : null;
                if (yearOn != null && yearOn.matches()) {
                    // "aired December 8, 2017, on Netflix": the year (and the network) are the next field.
                    when = when + ", " + yearOn.group(1);
                    if (yearOn.group(2) != null) {
                        network.add(yearOn.group(2));
                    }
                    i++;
                }
                PartialDate date = Dates.parse(when);
                if (date != null) {
                    ref.issued(date);
                    dated = true;
                } else {
                    rest.add(t);
                }
                if (aired.group(2) != null) {
                    network.add(aired.group(2));
                }
            } else if (dateHere != null) {
                ref.issued(dateHere);
                dated = true;
                if (Dates.isMonthDay(t) && i + 1 < n) {
                    i++;
                }
            } else if (on.matches() && dated) {
                network.add(on.group(1));
            } else if (MediaFields.readUrl(t, ref)) {
                continue;
            } else if (series == null && (f.kind() == Field.Kind.ITALIC || title != null && network.isEmpty()
                    && !dated && rest.isEmpty())) {
                Matcher podcast = PODCAST_MARK.matcher(t);
                if (podcast.find()) {
                    ref.medium("podcast");
                    t = t.substring(0, podcast.start());
                }
                series = t;
            } else if (series == null && title == null && f.isPlain()) {
                series = t; // "The Crown, season 2, episode 3, “Lisbon,” …": the series first
            } else if (!dated) {
                network.add(t); // "BBC Radio 4" before the date
            } else {
                rest.add(t);
            }
        }
        if (title == null && series == null) {
            return null;
        }
        ref.title(title != null ? title : series).containerTitle(title != null ? series : null);
        if (!network.isEmpty()) {
            ref.publisher(String.join(", ", network));
        }
        return MediaFields.finish(ref, s, rest);
    }
}
