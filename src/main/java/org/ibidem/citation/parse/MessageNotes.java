package org.ibidem.citation.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ibidem.citation.FullCitation;
import org.ibidem.citation.NameOrder;
import org.ibidem.citation.Names;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.PartialDate;
import org.ibidem.reference.Reference;

/**
 * Notes for messages (CMOS 14.207–14.214): a personal communication to the author, and a post on a social-media
 * platform.
 *
 * <pre>{@code
 * Anna Karpova, email message to author, March 3, 2021.
 *     → personal_communication; genre "email message to author"
 * Barack Obama (@BarackObama), “Two in the morning,” Twitter, November 7, 2012, 11:35 p.m., https://…
 *     → post; container Twitter
 * }</pre>
 *
 * <p>{@code MediaNotes} decides a note is one of these before asking; a method returns null when the note turns
 * out not to be after all. Immutable and thread-safe.
 */
final class MessageNotes {
    private static final Pattern PERSONAL = Pattern.compile("(?i)(?:personal communication"
            + "|(?:an?\\s+)?(?:(?:e-?mail|text|telephone|phone|private|personal|skype|zoom|whatsapp)\\s+)?"
            + "(?:message|conversation|correspondence|communication|e-?mail|letter)s?"
            + "\\s+(?:to|with)\\s+(?:the\\s+)?(?:present\\s+)?(?:author|writer|me))");
    private static final Pattern PLATFORM = Pattern.compile("(?i)(Twitter|X|Facebook|Instagram|Bluesky|Mastodon|Threads"
            + "|Reddit|TikTok|LinkedIn|Weibo|Tumblr)(?:\\s+(post|photo|video|thread|story|reel|status update))?");
    private static final Pattern HANDLE = Pattern.compile("(.+?)\\s*\\((@[\\w.]+)\\)");
    private static final Pattern TIME_OF_DAY = Pattern.compile("(?i)\\d{1,2}:\\d{2}\\s*(?:[ap]\\.?m\\.?)?");

    private final NameOrder order;

    MessageNotes(NameOrder order) {
        this.order = order;
    }

    /** Whether a field says what a personal communication was ("email message to author", "conversation with me"). */
    static boolean namesPersonalCommunication(String t) {
        return (t.endsWith("author") || t.endsWith("writer") || t.endsWith(" me") || t.endsWith("communication"))
                && PatternChecks.matches(PERSONAL, t);
    }

    /** Whether a field names a social-media platform, with or without what was posted ("Instagram photo"). */
    static boolean namesPlatform(String t) {
        return PatternChecks.matches(PLATFORM, t);
    }

    /** "Anna Karpova, email message to author, March 3, 2021": the writer, what it was, when. */
    FullCitation personalCommunication(Segment s) {
        List<Field> fields = s.fields();
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
        return MediaFields.finish(ref, s, rest);
    }

    /** "Barack Obama (@BarackObama), “Two in the morning,” Twitter, November 7, 2012, 11:35 p.m., URL". */
    FullCitation post(Segment s) {
        List<Field> fields = s.fields();
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
        return MediaFields.finish(ref, s, rest);
    }

    /** Reads a date starting at field {@code i} ("March 3, 2021" cut in two, or whole); the index after it. */
    private static int readDate(List<Field> fields, int i, Reference.Builder ref, List<String> rest) {
        for (; i < fields.size(); i++) {
            PartialDate date = MediaFields.dateAt(fields, i);
            if (date != null) {
                ref.issued(date);
                return Dates.isMonthDay(fields.get(i).text()) ? i + 2 : i + 1;
            }
            String t = fields.get(i).text();
            if (!MediaFields.readUrl(t, ref)) {
                rest.add(t);
            }
        }
        return i;
    }

    private static void addTexts(List<Field> fields, int from, List<String> rest) {
        for (int i = from; i < fields.size(); i++) {
            rest.add(fields.get(i).text());
        }
    }
}
