package org.ibidem.citation.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ibidem.document.TextSpan;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Name;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;
import org.ibidem.citation.FullCitation;
import org.ibidem.citation.StyleFlag;
import org.ibidem.citation.NameOrder;
import org.ibidem.citation.Names;

/**
 * Notes for works that are not printed: films, broadcasts and podcasts, personal communications and social-media
 * posts (CMOS 14.207–14.214, 14.261–14.268). Read as books they came out wrong: a film's title as its author
 * ("Battleship Potemkin" as a person), "(podcast)" as a place, "email message to author" as a book's title.
 *
 * <pre>{@code
 * Casablanca, directed by Michael Curtiz (1942; Burbank, CA: Warner Home Video, 2003), DVD.
 *     → motion_picture; director Curtiz; original date 1942; medium "DVD"
 * Jane Doe, host, “The Fall of the Wall,” History Hour (podcast), episode 42, BBC Radio 4, November 9, 2019.
 *     → broadcast; author Doe (the host); episode "The Fall of the Wall" of History Hour; number 42
 * “Lisbon,” The Crown, season 2, episode 3, directed by Philip Martin, aired December 8, 2017, on Netflix.
 *     → broadcast; volume 2 (the season), number 3; director Martin; publisher Netflix
 * Anna Karpova, email message to author, March 3, 2021.
 *     → personal_communication; genre "email message to author"
 * Barack Obama (@BarackObama), “Two in the morning,” Twitter, November 7, 2012, 11:35 p.m., https://…
 *     → post; container Twitter
 * }</pre>
 *
 * <p>Each shape is told by a word the others never have in that place ("directed by", "host", "episode",
 * "(podcast)", "… to the author", a platform's name after a quoted title), tested on the note's fields before any
 * pattern runs, so other notes pay a few character comparisons. Immutable and thread-safe.
 */
final class MediaNotes {
    // Lower case only: notes write "directed by" in lower case, and a title in plain text may open with the words
    // ("June Jordan, Directed by Desire: The Collected Poems").
    private static final Pattern DIRECTED_BY = Pattern.compile("(?:directed|dir\\.)\\s+by\\s+(.+)|dir\\.\\s+(.+)");
    private static final Pattern DIRECTOR_ROLE = Pattern.compile("(?i)dirs?\\.|directors?");
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
    private static final Pattern MEDIUM = Pattern.compile("(?i)(?:DVD|Blu-ray|VHS|videocassette|film|35\\s*mm|16\\s*mm"
            + "|streaming video|streaming audio|video|audio|podcast(?: audio| video)?|LP|CD|MP3|vinyl|cassette"
            + "|digital file|MPEG-4 video|video file|audio file)");
    private static final Pattern PERSONAL = Pattern.compile("(?i)(?:personal communication"
            + "|(?:an?\\s+)?(?:(?:e-?mail|text|telephone|phone|private|personal|skype|zoom|whatsapp)\\s+)?"
            + "(?:message|conversation|correspondence|communication|e-?mail|letter)s?"
            + "\\s+(?:to|with)\\s+(?:the\\s+)?(?:present\\s+)?(?:author|writer|me))");
    private static final Pattern PLATFORM = Pattern.compile("(?i)(Twitter|X|Facebook|Instagram|Bluesky|Mastodon|Threads"
            + "|Reddit|TikTok|LinkedIn|Weibo|Tumblr)(?:\\s+(post|photo|video|thread|story|reel|status update))?");
    private static final Pattern VIDEO_SITE = Pattern.compile("(?i)(YouTube|Vimeo|Dailymotion)(?:\\s+(video))?");
    private static final Pattern POSTED_BY = Pattern.compile("(?i)posted\\s+by\\s+(.+)");
    private static final Pattern DURATION = Pattern.compile("\\d{1,3}(?::\\d{2}){1,2}");
    private static final Pattern AUDIO_MEDIUM = Pattern.compile(
            "(?i)(?:LP|CD|MP3|vinyl|cassette|streaming audio|audio file|digital file|33⅓ rpm|78 rpm|45 rpm)");
    private static final Pattern RECORD_LABEL = Pattern.compile("(.+?)\\s+([A-Z]{0,5}[\\s-]?\\d[\\d\\s-]*)");
    private static final Pattern PERFORMER_ROLE = Pattern.compile("(?i)(?:vocalist|performer|conductor|pianist|"
            + "violinist|guitarist|soloist)s?");
    private static final Pattern ART_MEDIUM = Pattern.compile("(?i)(?:(?:oil|acrylic|tempera|watercolou?r|gouache|ink"
            + "|pencil|charcoal|pastel|graphite|chalk)(?:\\s+and\\s+\\w+)?\\s+on\\s+"
            + "(?:canvas|panel|paper|board|linen|wood"
            + "|vellum|copper)|(?:gelatin silver|silver gelatin|albumen|chromogenic|inkjet|platinum|salted paper"
            + "|pigment|C-type)\\s+print|photograph|lithograph|etching|engraving|woodcut|screenprint|bronze|marble"
            + "|mixed media|fresco|daguerreotype|tapestry)");
    private static final List<String> ART_WORDS = List.of("photograph", "lithograph", "etching", "engraving",
            "woodcut", "screenprint", "bronze", "marble", "media", "fresco", "daguerreotype", "tapestry");
    private static final Pattern CIRCA_YEAR = Pattern.compile("(?i)(?:ca\\.|c\\.|circa)?\\s*(1[0-9]{3}|20[0-9]{2})"
            + "(?:\\s*[\u2013\u2014-]\\s*(?:1[0-9]{3}|20[0-9]{2}|[0-9]{2}))?");
    private static final Pattern HANDLE = Pattern.compile("(.+?)\\s*\\((@[\\w.]+)\\)");
    private static final Pattern TIME_OF_DAY = Pattern.compile("(?i)\\d{1,2}:\\d{2}\\s*(?:[ap]\\.?m\\.?)?");
    private static final Pattern URL = Pattern.compile("(?i)(?:https?://|www\\.)\\S+");

    private final NameOrder order;

    MediaNotes(NameOrder order) {
        this.order = order;
    }

    /**
     * The note read as one of these works, or null when it is none of them (the usual case, decided from the
     * fields' first letters).
     */
    FullCitation read(String raw, TextSpan span, String prefix, List<Field> fields, Set<StyleFlag> flags) {
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
                episodic |= PatternChecks.matches(PODCAST, t); // "History Hour (podcast)"
            }
            if (!f.isPlain() || t.isEmpty()) {
                continue;
            }
            // Every test below runs on every field of every note: each pattern runs only after a comparison of
            // characters says the field can be what it matches.
            char first = t.charAt(0);
            char c = first >= 'A' && first <= 'Z' ? (char) (first + ('a' - 'A')) : first;
            directed |= c == 'd' && ((t.startsWith("directed by ") || t.startsWith("dir. "))
                    && PatternChecks.matches(DIRECTED_BY, t)
                    || t.length() <= 9 && PatternChecks.matches(DIRECTOR_ROLE, t));
            episodic |= (c == 'e' || c == 's') && (t.regionMatches(true, 0, "episode ", 0, 8)
                    || t.regionMatches(true, 0, "ep. ", 0, 4) || t.regionMatches(true, 0, "season ", 0, 7))
                    && PatternChecks.lookingAt(EPISODE, t)
                    || c == 'h' && i == 1 && t.length() <= 40 && PatternChecks.matches(HOST_ROLE, t)
                    || c == 'a' && t.regionMatches(true, 0, "aired ", 0, 6)
                    || t.endsWith(")") && PatternChecks.find(PODCAST_MARK, t);
            personal |= i == 1 && (t.endsWith("author") || t.endsWith("writer") || t.endsWith(" me")
                    || t.endsWith("communication")) && PatternChecks.matches(PERSONAL, t);
            boolean afterQuoted = i > 0 && fields.get(i - 1).kind() == Field.Kind.QUOTED && t.length() <= 30;
            platform |= afterQuoted && "tTxXfFiIbBmMrRlLwW".indexOf(c) >= 0 && PatternChecks.matches(PLATFORM, t);
            video |= afterQuoted && "yYvVdD".indexOf(c) >= 0 && PatternChecks.matches(VIDEO_SITE, t);
            recording |= i == n - 1 && i >= 2 && t.length() <= 16 && mayBeAudioMedium(t)
                    && PatternChecks.matches(AUDIO_MEDIUM, t);
            artwork |= i >= 2 && mayBeArtMedium(t) && PatternChecks.matches(ART_MEDIUM, t);
        }
        if (personal) {
            return personalCommunication(raw, span, prefix, fields, flags);
        }
        if (episodic) {
            return broadcast(raw, span, prefix, fields, flags);
        }
        if (directed) {
            return film(raw, span, prefix, fields, flags);
        }
        if (platform && fields.get(0).isPlain()) {
            return post(raw, span, prefix, fields, flags);
        }
        if (video) {
            return onlineVideo(raw, span, prefix, fields, flags);
        }
        if (recording) {
            return recording(raw, span, prefix, fields, flags);
        }
        if (artwork) {
            return artwork(raw, span, prefix, fields, flags);
        }
        return null;
    }

    /** "Anna Karpova, email message to author, March 3, 2021": the writer, what it was, when. */
    private FullCitation personalCommunication(String raw, TextSpan span, String prefix, List<Field> fields,
                                               Set<StyleFlag> flags) {
        Field who = fields.get(0);
        if (!who.isPlain() || !Names.looksLikeNames(who.text())) {
            return null;
        }
        Reference.Builder ref = Reference.builder(ItemType.PERSONAL_COMMUNICATION)
                .authors(Names.parseList(who.text(), order))
                .genre(fields.get(1).text());
        List<String> rest = new ArrayList<>();
        int i = readDate(fields, 2, ref, rest);
        addTexts(fields, i, rest);
        return finish(ref, raw, span, prefix, rest, flags);
    }

    /**
     * A film: "Title, directed by Name (facts), medium" or "Name, dir., Title (facts), medium". The director is
     * kept as the director, so a short form "Curtiz, Casablanca" finds the film as it finds a book by its author.
     */
    private FullCitation film(String raw, TextSpan span, String prefix, List<Field> fields, Set<StyleFlag> flags) {
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
            Matcher by = DIRECTED_BY.matcher(fields.get(directed).text());
            by.matches();
            String director = by.group(1) != null ? by.group(1) : by.group(2);
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
            } else if (!readUrl(t, ref)) {
                rest.add(t);
            }
        }
        return finish(ref, raw, span, prefix, rest, flags);
    }

    /**
     * A broadcast or podcast episode: its title in quotes, the series (before or after it, "(podcast)" marking a
     * podcast), its season and episode, host or director, the date it aired and the network.
     */
    private FullCitation broadcast(String raw, TextSpan span, String prefix, List<Field> fields,
                                   Set<StyleFlag> flags) {
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
                if (PatternChecks.matches(PODCAST, t)) {
                    ref.medium("podcast");
                } else {
                    rest.add(t);
                }
                continue;
            }
            Matcher episode = EPISODE.matcher(t);
            Matcher season = SEASON.matcher(t);
            Matcher aired = AIRED.matcher(t);
            Matcher directed = DIRECTED_BY.matcher(t);
            Matcher on = ON_NETWORK.matcher(t);
            PartialDate dateHere = dated ? null : dateAt(fields, i);
            if (episode.matches()) {
                if (episode.group(1) != null) {
                    ref.volume(episode.group(1));
                }
                ref.number(episode.group(2));
            } else if (season.matches()) {
                ref.volume(season.group(1)); // "season 2, episode 3" cut in two by its comma
            } else if (directed.matches()) {
                ref.directors(Names.parseList(directed.group(1) != null ? directed.group(1) : directed.group(2),
                        order));
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
            } else if (readUrl(t, ref)) {
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
        return finish(ref, raw, span, prefix, rest, flags);
    }

    /** "Barack Obama (@BarackObama), “Two in the morning,” Twitter, November 7, 2012, 11:35 p.m., URL". */
    private FullCitation post(String raw, TextSpan span, String prefix, List<Field> fields, Set<StyleFlag> flags) {
        String who = fields.get(0).text();
        Matcher handle = HANDLE.matcher(who);
        String name = handle.matches() ? handle.group(1) : who;
        if (!Names.looksLikeNames(name) && !handle.matches()) {
            return null;
        }
        Reference.Builder ref = Reference.builder(ItemType.POST).authors(Names.parseList(name, order));
        int i = 1;
        if (fields.get(i).kind() == Field.Kind.PAREN && fields.get(i).text().startsWith("@")) {
            i++; // the handle after the name, "(@BarackObama)": the note keeps it
        }
        List<String> rest = new ArrayList<>();
        if (i + 1 >= fields.size() || fields.get(i).kind() != Field.Kind.QUOTED) {
            return null;
        }
        ref.title(fields.get(i).text());
        Matcher platform = PLATFORM.matcher(fields.get(i + 1).text());
        if (!platform.matches()) {
            return null;
        }
        ref.containerTitle(platform.group(1));
        if (platform.group(2) != null) {
            ref.medium(platform.group(2).toLowerCase(Locale.ROOT));
        }
        i = readDate(fields, i + 2, ref, rest);
        if (i < fields.size() && PatternChecks.matches(TIME_OF_DAY, fields.get(i).text())) {
            rest.add(fields.get(i).text()); // the time of day has no CSL variable; the note keeps it
            i++;
        }
        addTexts(fields, i, rest);
        return finish(ref, raw, span, prefix, rest, flags);
    }

    /**
     * A video posted online: "“Lecture on the Cold War,” YouTube video, 48:12, posted by Yale Courses, September 3,
     * 2010, URL", the maker's name first when the note gives one. The site is the container, the account that
     * posted it the publisher; the running time stays in the note.
     */
    private FullCitation onlineVideo(String raw, TextSpan span, String prefix, List<Field> fields,
                                     Set<StyleFlag> flags) {
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
            PartialDate date = dated ? null : dateAt(fields, i);
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
        return finish(ref, raw, span, prefix, rest, flags);
    }

    /**
     * A sound recording: "Miles Davis, Kind of Blue, Columbia Records CL 1355, 1959, LP" (CMOS 14.263): the
     * performer, the title, the label and its catalogue number, the year, the medium last.
     */
    private FullCitation recording(String raw, TextSpan span, String prefix, List<Field> fields,
                                   Set<StyleFlag> flags) {
        int n = fields.size();
        int year = -1;
        for (int k = n - 2; k >= 1 && year < 0; k--) {
            if (fields.get(k).isPlain() && PatternChecks.matches(CIRCA_YEAR, fields.get(k).text())) {
                year = k;
            }
        }
        if (year < 2 || !fields.get(0).isPlain() || !Names.looksLikeNames(fields.get(0).text())) {
            return null;
        }
        Reference.Builder ref = Reference.builder(ItemType.SONG)
                .authors(Names.parseList(fields.get(0).text(), order))
                .medium(fields.get(n - 1).text());
        int i = 1;
        if (fields.get(i).isPlain() && PatternChecks.matches(PERFORMER_ROLE, fields.get(i).text())) {
            i++; // "Billie Holiday, vocalist, …"
        }
        if (i >= year) {
            return null;
        }
        ref.title(fields.get(i).text());
        List<String> rest = new ArrayList<>();
        List<String> label = new ArrayList<>();
        for (int k = i + 1; k < year; k++) {
            label.add(fields.get(k).text());
        }
        if (!label.isEmpty()) {
            String last = label.remove(label.size() - 1);
            Matcher catalogue = RECORD_LABEL.matcher(last);
            if (catalogue.matches()) {
                ref.number(catalogue.group(2).strip()); // "Columbia Records CL 1355": the label and the number
                last = catalogue.group(1);
            }
            label.add(last);
            ref.publisher(String.join(", ", label));
        }
        Matcher y = CIRCA_YEAR.matcher(fields.get(year).text());
        y.matches();
        ref.issued(PartialDate.ofYear(Integer.parseInt(y.group(1))));
        return finish(ref, raw, span, prefix, rest, flags);
    }

    /**
     * A work of art: "Dorothea Lange, Migrant Mother, Nipomo, California, 1936, gelatin silver print, Library of
     * Congress, Washington, DC" (CMOS 14.235): the artist, the title (which may hold commas), the year, the
     * medium, and the institution that holds it, with its city.
     */
    private FullCitation artwork(String raw, TextSpan span, String prefix, List<Field> fields,
                                 Set<StyleFlag> flags) {
        int n = fields.size();
        int medium = -1;
        for (int k = 2; k < n && medium < 0; k++) {
            if (fields.get(k).isPlain() && PatternChecks.matches(ART_MEDIUM, fields.get(k).text())) {
                medium = k;
            }
        }
        int year = medium - 1;
        if (year < 2 || !fields.get(year).isPlain() || !PatternChecks.matches(CIRCA_YEAR, fields.get(year).text())
                || !fields.get(0).isPlain() || !Names.looksLikeNames(fields.get(0).text())) {
            return null;
        }
        Matcher y = CIRCA_YEAR.matcher(fields.get(year).text());
        y.matches();
        Reference.Builder ref = Reference.builder(ItemType.GRAPHIC)
                .authors(Names.parseList(fields.get(0).text(), order))
                .title(FieldText.joinText(fields.subList(1, year)))
                .issued(PartialDate.ofYear(Integer.parseInt(y.group(1))))
                .medium(fields.get(medium).text());
        List<String> rest = new ArrayList<>();
        List<String> holder = new ArrayList<>();
        for (int k = medium + 1; k < n; k++) {
            String t = fields.get(k).text();
            if (!readUrl(t, ref)) {
                holder.add(t);
            }
        }
        if (!holder.isEmpty()) {
            ref.archive(holder.get(0)); // "Library of Congress, Washington, DC": the holder, then its city
            if (holder.size() > 1) {
                ref.archivePlace(String.join(", ", holder.subList(1, holder.size())));
            }
        }
        return finish(ref, raw, span, prefix, rest, flags);
    }

    private static String stripQuotes(String text) {
        String t = text.strip();
        if (t.length() >= 2 && "\"“'‘".indexOf(t.charAt(0)) >= 0) {
            t = t.substring(1, t.length() - ("\"”'’".indexOf(t.charAt(t.length() - 1)) >= 0 ? 1 : 0));
        }
        return t.strip();
    }

    /** Whether a field can be a medium of art: "… on canvas", "… print", or ends in one of the single words. */
    private static boolean mayBeArtMedium(String t) {
        if (t.length() > 45 || t.length() < 5) {
            return false;
        }
        if (t.contains(" on ") || t.endsWith("print")) {
            return true;
        }
        // Each word ends in one of these letters; a page number or a name mostly does not.
        if ("hgtezaoy".indexOf(t.charAt(t.length() - 1)) < 0) {
            return false;
        }
        for (String word : ART_WORDS) {
            int from = t.length() - word.length();
            if (from >= 0 && t.regionMatches(true, from, word, 0, word.length())
                    && (from == 0 || t.charAt(from - 1) == ' ')) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a field can be an audio medium: every one ends in one of these characters ("LP", "vinyl", "streaming
     * audio", "45 rpm"), and a page number does not.
     */
    private static boolean mayBeAudioMedium(String t) {
        return "PpDdLlEeMmOo3".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /** Reads a date starting at field {@code i} ("March 3, 2021" cut in two, or whole); the index after it. */
    private static int readDate(List<Field> fields, int i, Reference.Builder ref, List<String> rest) {
        for (; i < fields.size(); i++) {
            PartialDate date = dateAt(fields, i);
            if (date != null) {
                ref.issued(date);
                return Dates.isMonthDay(fields.get(i).text()) ? i + 2 : i + 1;
            }
            String t = fields.get(i).text();
            if (!readUrl(t, ref)) {
                rest.add(t);
            }
        }
        return i;
    }

    /** The date that starts at field {@code i}, or null. */
    private static PartialDate dateAt(List<Field> fields, int i) {
        String t = fields.get(i).text();
        if (!fields.get(i).isPlain() || t.length() > 30) {
            return null;
        }
        if (Dates.isMonthDay(t) && i + 1 < fields.size() && Dates.isYear(fields.get(i + 1).text())) {
            return Dates.parse(t + ", " + fields.get(i + 1).text());
        }
        return Dates.isYear(t) ? null : Dates.parse(t);
    }

    private static void addTexts(List<Field> fields, int from, List<String> rest) {
        for (int i = from; i < fields.size(); i++) {
            rest.add(fields.get(i).text());
        }
    }

    private static boolean readUrl(String text, Reference.Builder ref) {
        if (PatternChecks.matches(URL, text)) {
            ref.url(text);
            return true;
        }
        return false;
    }

    private static boolean isWordEnd(String text, int end) {
        return end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
    }

    /** The citation, with what no field took (a URL aside) as its suffix: these works are cited without a page. */
    private static FullCitation finish(Reference.Builder ref, String raw, TextSpan span, String prefix,
                                       List<String> rest, Set<StyleFlag> flags) {
        List<String> left = new ArrayList<>();
        for (String t : rest) {
            if (!readUrl(t, ref)) {
                left.add(t);
            }
        }
        String suffix = left.isEmpty() ? null : String.join(", ", left);
        return new FullCitation(ref.build(), null, raw, span, prefix, suffix, flags);
    }
}
