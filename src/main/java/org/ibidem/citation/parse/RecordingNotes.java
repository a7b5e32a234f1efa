package org.ibidem.citation.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ibidem.citation.FullCitation;
import org.ibidem.citation.NameOrder;
import org.ibidem.citation.Names;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Reference;

/**
 * Notes for a sound recording (CMOS 14.263), told by the audio medium that closes them.
 *
 * <pre>{@code
 * Miles Davis, Kind of Blue, Columbia Records CL 1355, 1959, LP.
 *     → song; author Davis; publisher Columbia Records; number "CL 1355"; issued 1959; medium "LP"
 * }</pre>
 *
 * <p>{@code MediaNotes} decides a note is one before asking; {@link #recording} returns null when it turns out not
 * to be after all. Immutable and thread-safe.
 */
final class RecordingNotes {
    private static final Pattern AUDIO_MEDIUM = Pattern.compile(
            "(?i)(?:LP|CD|MP3|vinyl|cassette|streaming audio|audio file|digital file|33⅓ rpm|78 rpm|45 rpm)");
    private static final Pattern RECORD_LABEL = Pattern.compile("(.+?)\\s+([A-Z]{0,5}[\\s-]?\\d[\\d\\s-]*)");
    private static final Pattern PERFORMER_ROLE = Pattern.compile("(?i)(?:vocalist|performer|conductor|pianist|"
            + "violinist|guitarist|soloist)s?");

    private final NameOrder order;

    RecordingNotes(NameOrder order) {
        this.order = order;
    }

    /** Whether a field is an audio medium ("LP", "vinyl", "streaming audio", "45 rpm"). */
    static boolean namesMedium(String t) {
        return t.length() <= 16 && mayBeAudioMedium(t) && PatternChecks.matches(AUDIO_MEDIUM, t);
    }

    /**
     * A sound recording: "Miles Davis, Kind of Blue, Columbia Records CL 1355, 1959, LP" (CMOS 14.263): the
     * performer, the title, the label and its catalogue number, the year, the medium last.
     */
    FullCitation recording(Segment s) {
        List<Field> fields = s.fields();
        int n = fields.size();
        int year = -1;
        for (int k = n - 2; k >= 1 && year < 0; k--) {
            if (fields.get(k).isPlain() && MediaFields.isCircaYear(fields.get(k).text())) {
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
        ref.issued(MediaFields.circaYear(fields.get(year).text()));
        return MediaFields.finish(ref, s, rest);
    }

    /**
     * Whether a field can be an audio medium: every one ends in one of these characters ("LP", "vinyl", "streaming
     * audio", "45 rpm"), and a page number does not.
     */
    private static boolean mayBeAudioMedium(String t) {
        return "PpDdLlEeMmOo3".indexOf(t.charAt(t.length() - 1)) >= 0;
    }
}
