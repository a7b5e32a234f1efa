package org.ibidem.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads notes from plain text: essays copied out of a web page or a word processor, and Project Gutenberg
 * texts.
 *
 * <p>It understands these shapes of note, in any mix:
 * <ul>
 *   <li>a notes block of lines that start with a bracketed label, {@code [14] Ibid.} — the shape of a blog post
 *       or an essay pasted from the web;</li>
 *   <li>under a heading line "Notes", "Endnotes", "Footnotes" (with or without a colon), numbered lines
 *       {@code 14. Ibid.}, {@code 14) Ibid.} or {@code 14 Ibid.}, or lines that start with superscript digits;</li>
 *   <li>Project Gutenberg's inline {@code [Footnote 14: …]} blocks, which may span lines and nest brackets.</li>
 * </ul>
 * In a text whose notes are {@code [Footnote 14: …]} blocks, a line that opens with {@code [14]} outside a notes
 * heading is body text that starts with a marker.
 * A note goes on over the following lines until a blank line or the next note, so wrapped notes are joined and
 * page chrome after the last note ("Commenting has been turned off.") stays out; under a notes heading, a paragraph
 * indented by two to eight spaces right after the blank line (verse or a quotation set off inside the note) goes
 * on the note too. Body markers are bracketed
 * labels ({@code [14]}) and runs of superscript digits ({@code ¹⁴}) anywhere outside the notes.
 *
 * <p>Numbering that restarts does not by itself open a new chapter (footnotes restart on every printed page of
 * many books); a heading line such as "CHAPTER IX", "Chapter 2. …" or an indented "chapter xv" does, and every note after it carries that
 * heading as its {@link Note#chapter()}.
 *
 * <pre>{@code
 * Document doc = new PlainTextExtractor().extract("essay.txt", "Text.[1]\n\n[1] Ibid.\n");
 * doc.notes().get(0).text();   // "Ibid."
 * }</pre>
 *
 * <p>Stateless and thread-safe. Runs in time linear in the length of the text.
 */
public final class PlainTextExtractor implements NoteExtractor {

    /** Creates an extractor; it keeps no state between documents. */
    public PlainTextExtractor() {
        // nothing to set up
    }

    // Labels are short: bracketed numbers up to nine digits (any note count an int holds; a cap of six once
    // dropped note 1,000,000 and its marker without a word), other numbers up to four ("1." or "1)"), or a single
    // letter (Hume's [a]–[z]).
    private static final Pattern BRACKET_DEFINITION = Pattern.compile("^[ \\t]{0,3}\\[(\\d{1,9})\\][\\h]*(?=[^\\s\\h])");
    private static final Pattern NUMBERED_DEFINITION = Pattern.compile("^[ \\t]{0,3}(\\d{1,4})(?:[.)][ \\t]+|[ \\t]+)(?=\\S)");
    private static final Pattern SUPERSCRIPT_DEFINITION = Pattern.compile("^[ \\t]{0,3}([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4})[ \\t]*(?=\\S)");
    private static final Pattern NOTES_HEADING = Pattern.compile(
            "^[ \\t#]*(?:end[ \\t]*notes|foot[ \\t]*notes|notes|references and notes)[ \\t]*:?[ \\t]*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CHAPTER_HEADING = Pattern.compile(
            "^[ \\t]*(?:chapter|part)[ \\t]+(?:[ivxlc]+|\\d+)\\b.{0,100}$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BRACKET_MARKER = Pattern.compile("\\[(\\d{1,9})\\]");
    private static final Pattern SUPERSCRIPT_MARKER = Pattern.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4}");
    // Hume's "[FN [c] Girald. Cambr. p. 760.  [d] Spencer, vol. vi.]": one block, several lettered notes.
    private static final Pattern LETTER_BLOCK = Pattern.compile("\\[FN[ \\t\\r\\n]+(?=\\[[a-z]\\])");
    private static final Pattern LETTER_LABEL = Pattern.compile("\\[([a-z])\\]");
    private static final Pattern LETTER_MARKER = Pattern.compile("(?<=[ \\t\\r\\n(]|^)\\[([a-z])\\]",
            Pattern.MULTILINE);
    private static final Pattern FOOTNOTE_BLOCK = Pattern.compile(
            "\\[Footnote[ \\t]+([0-9]{1,4}|[A-Za-z])[ \\t]*[:;.]?[ \\t]*", Pattern.CASE_INSENSITIVE);

    @Override
    public InputFormat format() {
        return InputFormat.TEXT;
    }

    @Override
    public Document extract(String name, String text) {
        LineIndex lineIndex = new LineIndex(text);
        List<Line> lines = splitLines(text);
        List<RawNote> raw = new ArrayList<>();
        List<DocumentProblem> problems = new ArrayList<>();
        // Character ranges that belong to notes, so markers are not looked for inside them.
        List<int[]> noteRanges = new ArrayList<>();

        findFootnoteBlocks(text, lineIndex, raw, noteRanges, problems);
        findLetterBlocks(text, lineIndex, raw, noteRanges, problems);
        noteRanges.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> blockRanges = List.copyOf(noteRanges);
        // Where the notes are [Footnote n: …] blocks, a line opening with [n] is body text that starts with a
        // marker, unless a notes heading says otherwise.
        boolean bracketLinesAreBody = !raw.isEmpty();
        findNoteLines(lines, blockRanges, raw, noteRanges, bracketLinesAreBody);
        raw.sort((a, b) -> Integer.compare(a.start, b.start));
        noteRanges.sort((a, b) -> Integer.compare(a[0], b[0]));

        Chapters chapters = new Chapters(lines);
        boolean letterNotes = raw.stream().anyMatch(r -> r.label.length() == 1 && Character.isLetter(r.label.charAt(0)));
        List<Marker> markers = findMarkers(text, lineIndex, noteRanges, chapters, letterNotes);
        List<Note> notes = new ArrayList<>(raw.size());
        for (RawNote r : raw) {
            Emphasis.Result cleaned = Emphasis.strip(r.text.toString(), r.map.build());
            notes.add(new Note(notes.size() + 1, parseNumber(r.label), r.label, cleaned.text(),
                    lineIndex.position(r.start), cleaned.map(), cleaned.spans(), chapters.at(r.start)));
        }
        return new Document(name, format(), text, notes, markers, problems, lineIndex);
    }

    /** Project Gutenberg's {@code [Footnote n: …]} blocks, bracket-balanced, possibly over several lines. */
    private static void findFootnoteBlocks(String text, LineIndex lineIndex, List<RawNote> out,
                                           List<int[]> noteRanges, List<DocumentProblem> problems) {
        if (!containsFootnoteOpening(text)) {
            return; // the pattern is case-insensitive, so the regex engine cannot skip ahead to it
        }
        Matcher m = FOOTNOTE_BLOCK.matcher(text);
        int searchFrom = 0;
        while (searchFrom < text.length() && m.find(searchFrom)) {
            int bodyStart = m.end();
            int i = pastClosingBracket(text, bodyStart);
            int depth = i < 0 ? 1 : 0;
            if (i < 0) {
                i = text.length();
            }
            int bodyEnd = depth == 0 ? i - 1 : text.length();
            if (depth != 0) {
                problems.add(new DocumentProblem("unclosed-footnote",
                        "Footnote " + m.group(1) + " is never closed with ']'; it runs to the end of the file",
                        lineIndex.position(m.start())));
            }
            RawNote note = new RawNote(m.group(1), m.start());
            appendCollapsed(text, bodyStart, bodyEnd, note);
            out.add(note);
            noteRanges.add(new int[] {m.start(), depth == 0 ? i : text.length()});
            searchFrom = Math.max(i, m.end());
        }
    }

    /** The offset just past the ']' that closes a block opened before {@code from}, or -1 when none does. */
    private static int pastClosingBracket(String text, int from) {
        int depth = 1;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }

    /** Blocks of lettered notes, {@code [FN [a] … [b] …]}, which may span lines. */
    private static void findLetterBlocks(String text, LineIndex lineIndex, List<RawNote> out,
                                         List<int[]> noteRanges, List<DocumentProblem> problems) {
        if (!text.contains("[FN")) {
            return;
        }
        Matcher m = LETTER_BLOCK.matcher(text);
        int searchFrom = 0;
        while (searchFrom < text.length() && m.find(searchFrom)) {
            int i = pastClosingBracket(text, m.end());
            int depth = i < 0 ? 1 : 0;
            if (i < 0) {
                i = text.length();
            }
            int blockEnd = depth == 0 ? i - 1 : text.length();
            if (depth != 0) {
                problems.add(new DocumentProblem("unclosed-footnote",
                        "The notes block [FN … is never closed with ']'; it runs to the end of the file",
                        lineIndex.position(m.start())));
            }
            Matcher label = LETTER_LABEL.matcher(text).region(m.end(), blockEnd);
            List<int[]> labels = new ArrayList<>();
            while (label.find()) {
                labels.add(new int[] {label.start(), label.end()});
            }
            for (int k = 0; k < labels.size(); k++) {
                int[] l = labels.get(k);
                int bodyEnd = k + 1 < labels.size() ? labels.get(k + 1)[0] : blockEnd;
                RawNote note = new RawNote(text.substring(l[0] + 1, l[1] - 1), l[0]);
                appendCollapsed(text, l[1], bodyEnd, note);
                out.add(note);
            }
            noteRanges.add(new int[] {m.start(), depth == 0 ? i : text.length()});
            searchFrom = Math.max(i, m.end());
        }
    }

    /** Notes that start a line: {@code [n] …} anywhere, {@code n. …} and superscripts under a notes heading. */
    private static void findNoteLines(List<Line> lines, List<int[]> blockRanges, List<RawNote> out,
                                      List<int[]> noteRanges, boolean bracketLinesAreBody) {
        boolean underHeading = false;
        RawNote current = null;
        // The note a blank line has just closed: under a notes heading, an indented paragraph after it goes on it
        // (verse or a long quotation set off inside a note, indented as the note's wrapped lines are).
        RawNote closed = null;
        for (int li = 0; li < lines.size(); li++) {
            Line line = lines.get(li);
            if (inside(blockRanges, line.start)) {
                current = finish(current, noteRanges);
                closed = null;
                continue;
            }
            String s = line.text;
            if (isBlank(s)) {
                if (current != null) {
                    closed = current;
                }
                current = finish(current, noteRanges);
                continue;
            }
            if (NOTES_HEADING.matcher(s).matches()) {
                current = finish(current, noteRanges);
                closed = null;
                underHeading = true;
                continue;
            }
            Matcher def = BRACKET_DEFINITION.matcher(s);
            boolean isDefinition = (underHeading || !bracketLinesAreBody) && def.find();
            if (!isDefinition && underHeading) {
                def = NUMBERED_DEFINITION.matcher(s);
                isDefinition = def.find();
                if (!isDefinition) {
                    def = SUPERSCRIPT_DEFINITION.matcher(s);
                    isDefinition = def.find();
                }
            }
            if (!isDefinition && underHeading && current == null && closed != null && continuesNote(s)) {
                // Reopen the note: its range, the last one added, grows to take in this paragraph.
                noteRanges.remove(noteRanges.size() - 1);
                current = closed;
            }
            closed = null;
            if (isDefinition) {
                current = finish(current, noteRanges);
                String label = fromSuperscript(def.group(1));
                current = new RawNote(label, line.start + firstNonBlank(s));
                appendCollapsed(line.source, line.start + def.end(), line.start + s.length(), current);
                out.add(current);
            } else if (current != null) {
                // A wrapped note: the line goes on the note before it.
                appendCollapsed(line.source, line.start, line.start + s.length(), current);
            } else if (underHeading && CHAPTER_HEADING.matcher(s).matches()) {
                underHeading = false;
            }
        }
        finish(current, noteRanges);
    }

    /**
     * Whether a line after a blank line goes on the note before the blank: indented by two to eight spaces or a
     * tab, as a note's wrapped lines and quoted verse are; not a heading, and not centred text (a title is set
     * further in).
     */
    private static boolean continuesNote(String s) {
        int indent = firstNonBlank(s);
        boolean tab = indent > 0 && s.charAt(0) == '\t';
        return (tab || indent >= 2 && indent <= 8) && !CHAPTER_HEADING.matcher(s).matches()
                && !NOTES_HEADING.matcher(s).matches();
    }

    private static RawNote finish(RawNote note, List<int[]> noteRanges) {
        if (note != null) {
            noteRanges.add(new int[] {note.start, note.end});
        }
        return null;
    }

    private static List<Marker> findMarkers(String text, LineIndex lineIndex, List<int[]> noteRanges,
                                            Chapters chapters, boolean letterNotes) {
        List<Marker> markers = new ArrayList<>();
        collectMarkers(BRACKET_MARKER.matcher(text), lineIndex, noteRanges, chapters, markers, false);
        if (letterNotes) {
            // Letters are markers only in a document whose notes are lettered; elsewhere "[a]" is text.
            collectMarkers(LETTER_MARKER.matcher(text), lineIndex, noteRanges, chapters, markers, false);
        }
        if (hasSuperscriptDigit(text)) {
            // The digits are not one range (¹²³ live in Latin-1), so the pattern tests a union at every character.
            collectMarkers(SUPERSCRIPT_MARKER.matcher(text), lineIndex, noteRanges, chapters, markers, true);
        }
        markers.sort((a, b) -> Integer.compare(a.position().offset(), b.position().offset()));
        return markers;
    }

    private static boolean hasSuperscriptDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '¹' || c == '²' || c == '³' || (c >= '⁰' && c <= '⁹')) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text has "[Footnote" in any case. */
    private static boolean containsFootnoteOpening(String text) {
        for (int i = text.indexOf('['); i >= 0; i = text.indexOf('[', i + 1)) {
            if (text.regionMatches(true, i + 1, "footnote", 0, 8)) {
                return true;
            }
        }
        return false;
    }

    private static void collectMarkers(Matcher m, LineIndex lineIndex, List<int[]> noteRanges,
                                       Chapters chapters, List<Marker> out, boolean superscript) {
        while (m.find()) {
            if (inside(noteRanges, m.start())) {
                continue;
            }
            String label = superscript ? fromSuperscript(m.group()) : m.group(1);
            out.add(new Marker(label, parseNumber(label), lineIndex.position(m.start()),
                    chapters.at(m.start())));
        }
    }

    /** The chapter headings of the text, to name the chapter an offset falls in. */
    private static final class Chapters {
        private final List<Line> headings = new ArrayList<>();

        Chapters(List<Line> lines) {
            for (Line line : lines) {
                if (line.chapterHeading) {
                    headings.add(line);
                }
            }
        }

        /** The heading of the chapter an offset falls in, by binary search over the headings. */
        String at(int offset) {
            int lo = 0;
            int hi = headings.size() - 1;
            int found = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (headings.get(mid).start <= offset) {
                    found = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return found < 0 ? null : headings.get(found).text.strip();
        }
    }

    /** Appends source[from, to) to the note, folding runs of white space (line breaks included) to one space. */
    private static void appendCollapsed(String source, int from, int to, RawNote note) {
        StringBuilder sb = note.text;
        int i = from;
        while (i < to && isSpace(source.charAt(i))) {
            i++;
        }
        if (i >= to) {
            return;
        }
        if (sb.length() > 0) {
            sb.append(' ');
        }
        int runStart = -1;
        int textRunStart = -1;
        int spaceStart = -1; // where the white space before the next character began, -1 if none
        for (; i < to; i++) {
            char c = source.charAt(i);
            if (isSpace(c)) {
                if (spaceStart < 0) {
                    spaceStart = i;
                }
                continue;
            }
            if (spaceStart == i - 1 && source.charAt(spaceStart) == ' ' && runStart >= 0) {
                // One plain space between words is kept as it stands: the run goes on (a run per word made the
                // text map of a note a dozen runs long, for the same offsets).
                sb.append(' ');
            } else if (spaceStart >= 0 || runStart < 0) {
                if (runStart >= 0) {
                    note.map.run(textRunStart, runStart, sb.length() - textRunStart);
                    sb.append(' ');
                }
                runStart = i;
                textRunStart = sb.length();
            }
            spaceStart = -1;
            sb.append(c);
            note.end = i + 1;
        }
        if (runStart >= 0) {
            note.map.run(textRunStart, runStart, sb.length() - textRunStart);
        }
    }

    /** Whether the offset falls in one of the ranges, which must be sorted by start and not overlap. */
    /** White space, including the no-break and other Unicode spaces that text copied from the web carries. */
    static boolean isSpace(char c) {
        if (c < 0x80) {
            // The ASCII white space of Character.isWhitespace, without the lookup (this runs on every character).
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isSpace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean inside(List<int[]> ranges, int offset) {
        int lo = 0;
        int hi = ranges.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int[] r = ranges.get(mid);
            if (offset < r[0]) {
                hi = mid - 1;
            } else if (offset >= r[1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    private static int firstNonBlank(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static String fromSuperscript(String label) {
        StringBuilder out = new StringBuilder(label.length());
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            int digit = "⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(c);
            out.append(digit >= 0 ? (char) ('0' + digit) : c);
        }
        return out.toString();
    }

    /** The most digits a note number has: nine always fit in an int. */
    static final int MAX_DIGITS = 9;

    static int parseNumber(String label) {
        if (label.isEmpty() || label.length() > MAX_DIGITS) {
            return 0;
        }
        for (int i = 0; i < label.length(); i++) {
            if (!Character.isDigit(label.charAt(i))) {
                return 0;
            }
        }
        return Integer.parseInt(label);
    }

    private static List<Line> splitLines(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            boolean end = i == n || text.charAt(i) == '\n' || text.charAt(i) == '\r';
            if (end) {
                lines.add(new Line(text, start, text.substring(start, i)));
                if (i < n && text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        return lines;
    }

    /** One line of the source, without its line break. */
    private static final class Line {
        final String source;
        final int start;
        final String text;
        final boolean chapterHeading;

        Line(String source, int start, String text) {
            this.source = source;
            this.start = start;
            this.text = text;
            this.chapterHeading = text.length() < 120 && CHAPTER_HEADING.matcher(text).matches();
        }
    }

    /** A note while its lines are being collected. */
    private static final class RawNote {
        final String label;
        final int start;
        int end;
        final StringBuilder text = new StringBuilder();
        final TextMap.Builder map = new TextMap.Builder();

        RawNote(String label, int start) {
            this.label = label;
            this.start = start;
            this.end = start;
        }
    }
}
