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
 * Notes for moving pictures (CMOS 14.265, 14.267): a film with its director, and a video posted online.
 *
 * <pre>{@code
 * Casablanca, directed by Michael Curtiz (1942; Burbank, CA: Warner Home Video, 2003), DVD.
 *     → motion_picture; director Curtiz; original date 1942; medium "DVD"
 * “Lecture on the Cold War,” YouTube video, 48:12, posted by Yale Courses, September 3, 2010, https://…
 *     → motion_picture; container YouTube; publisher Yale Courses
 * }</pre>
 *
 * <p>{@code MediaNotes} decides a note is one of these before asking; a method returns null when the note turns
 * out not to be after all. Immutable and thread-safe.
 */
final class FilmNotes {
    // Lower case only: notes write "directed by" in lower case, and a title in plain text may open with the words
    // ("June Jordan, Directed by Desire: The Collected Poems").
    private static final Pattern DIRECTED_BY = Pattern.compile("(?:directed|dir\\.)\\s+by\\s+(.+)|dir\\.\\s+(.+)");
    private static final Pattern DIRECTOR_ROLE = Pattern.compile("(?i)dirs?\\.|directors?");
    private static final Pattern MEDIUM = Pattern.compile("(?i)(?:DVD|Blu-ray|VHS|videocassette|film|35\\s*mm|16\\s*mm"
            + "|streaming video|streaming audio|video|audio|podcast(?: audio| video)?|LP|CD|MP3|vinyl|cassette"
            + "|digital file|MPEG-4 video|video file|audio file)");
    private static final Pattern VIDEO_SITE = Pattern.compile("(?i)(YouTube|Vimeo|Dailymotion)(?:\\s+(video))?");
    private static final Pattern POSTED_BY = Pattern.compile("(?i)posted\\s+by\\s+(.+)");

    private final NameOrder order;

    FilmNotes(NameOrder order) {
        this.order = order;
    }

    /** Whether a field names a director: "directed by Name", "dir. Name", or the role alone ("dir.", "director"). */
    static boolean namesDirector(String t) {
        return (t.startsWith("directed by ") || t.startsWith("dir. ")) && PatternChecks.matches(DIRECTED_BY, t)
                || t.length() <= 9 && PatternChecks.matches(DIRECTOR_ROLE, t);
    }

    /** The director a field names ("directed by Michael Curtiz", "dir. Ang Lee"), or null. */
    static String directorIn(String t) {
        Matcher by = DIRECTED_BY.matcher(t);
        if (!by.matches()) {
            return null;
        }
        return by.group(1) != null ? by.group(1) : by.group(2);
    }

    /** Whether a field names a video site ("YouTube", "Vimeo video"). */
    static boolean namesVideoSite(String t) {
        return PatternChecks.matches(VIDEO_SITE, t);
    }

    /**
     * A film: "Title, directed by Name (facts), medium" or "Name, dir., Title (facts), medium". The director is
     * kept as the director, so a short form "Curtiz, Casablanca" finds the film as it finds a book by its author.
     */
    FullCitation film(Segment s) {
        List<Field> fields = s.fields();
        int n = fields.size();
        Reference.Builder ref = Reference.builder(ItemType.MOTION_PICTURE);
        int i;
        if (fields.get(1).isPlain() && PatternChecks.matches(DIRECTOR_ROLE, fields.get(1).text())) {
            // "Michael Curtiz, dir., Casablanca (…)": the director first, as in a bibliography.
            if (n < 3 || !Names.looksLikeNames(fields.get(0).text()) || fields.get(2).kind() == Field.Kind.PAREN) {
                return null;
            }
            ref.directors(Names.parseList(fields.get(0).text(), order)).title(fields.get(2).text());
            i = 3;
        } else {
            int directed = -1;
            for (int k = 1; k < Math.min(n, 4) && directed < 0; k++) {
                Field f = fields.get(k);
                if (f.isPlain() && PatternChecks.matches(DIRECTED_BY, f.text())) {
                    directed = k;
                }
            }
            if (directed < 0) {
                return null;
            }
            for (int k = 0; k < directed; k++) {
                if (fields.get(k).kind() == Field.Kind.PAREN) {
                    return null;
                }
            }
            // The title may hold commas ("Crouching Tiger, Hidden Dragon"): everything before "directed by".
            ref.title(FieldText.joinText(fields.subList(0, directed)));
            String director = directorIn(fields.get(directed).text());
            if (!Names.looksLikeNames(director)) {
                return null;
            }
            ref.directors(Names.parseList(director, order));
            i = directed + 1;
        }
        if (i < n && fields.get(i).kind() == Field.Kind.PAREN) {
            PublicationFacts.publicationFacts(fields.get(i).text(), ref);
            i++;
        }
        List<String> rest = new ArrayList<>();
        for (; i < n; i++) {
            String t = fields.get(i).text();
            Matcher medium = MEDIUM.matcher(t);
            if (fields.get(i).isPlain() && medium.lookingAt() && isWordEnd(t, medium.end())) {
                ref.medium(medium.group());
                String after = t.substring(medium.end()).strip();
                if (!after.isEmpty()) {
                    rest.add(after);
                }
            } else if (!MediaFields.readUrl(t, ref)) {
                rest.add(t);
            }
        }
        return MediaFields.finish(ref, s, rest);
    }

    /**
     * A video posted online: "“Lecture on the Cold War,” YouTube video, 48:12, posted by Yale Courses, September 3,
     * 2010, URL", the maker's name first when the note gives one. The site is the container, the account that
     * posted it the publisher; the running time stays in the note.
     */
    FullCitation onlineVideo(Segment s) {
        List<Field> fields = s.fields();
        int quoted = -1;
        for (int k = 0; k < fields.size() && quoted < 0; k++) {
            if (fields.get(k).kind() == Field.Kind.QUOTED) {
                quoted = k;
            }
        }
        Reference.Builder ref = Reference.builder(ItemType.MOTION_PICTURE);
        if (quoted == 1 && fields.get(0).isPlain() && Names.looksLikeNames(fields.get(0).text())) {
            ref.authors(Names.parseList(fields.get(0).text(), order));
        } else if (quoted != 0) {
            return null;
        }
        Matcher site = quoted + 1 < fields.size() ? VIDEO_SITE.matcher(fields.get(quoted + 1).text()) : null;
        if (site == null || !site.matches()) {
            return null; // the site follows another quoted title than the first
        }
        ref.title(fields.get(quoted).text());
        ref.containerTitle(site.group(1)).medium("video");
        List<String> rest = new ArrayList<>();
        boolean dated = false;
        for (int i = quoted + 2; i < fields.size(); i++) {
            String t = fields.get(i).text();
            Matcher posted = POSTED_BY.matcher(t);
            PartialDate date = dated ? null : MediaFields.dateAt(fields, i);
            if (posted.matches()) {
                ref.publisher(stripQuotes(posted.group(1)));
            } else if (fields.get(i).kind() == Field.Kind.QUOTED && i > 0
                    && fields.get(i - 1).text().equalsIgnoreCase("posted by")) {
                ref.publisher(t); // "posted by “Then & Now,”": the account's name quoted
            } else if (date != null) {
                ref.issued(date);
                dated = true;
                if (Dates.isMonthDay(t)) {
                    i++;
                }
            } else if (!t.equalsIgnoreCase("posted by")) {
                rest.add(t);
            }
        }
        return MediaFields.finish(ref, s, rest);
    }

    private static String stripQuotes(String text) {
        String t = text.strip();
        if (t.length() >= 2 && "\"“'‘".indexOf(t.charAt(0)) >= 0) {
            t = t.substring(1, t.length() - ("\"”'’".indexOf(t.charAt(t.length() - 1)) >= 0 ? 1 : 0));
        }
        return t.strip();
    }

    private static boolean isWordEnd(String text, int end) {
        return end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
    }
}
