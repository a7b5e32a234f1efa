package org.ibidem.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects a note's cleaned text while an extractor walks its markup: every character is appended with the file
 * offset it came from, white space is folded to single spaces, and italics are recorded as {@link TextSpan}s.
 *
 * <p>The structured extractors (Markdown, HTML, LaTeX, Word) share this so that all of them clean text the same
 * way and all of them can map any offset of the result back into the file. It keeps one source offset per
 * character rather than runs, so that a label can be cut off the front of a note after the fact
 * ({@link #slice}); {@link #toNote} compresses the offsets into a {@link TextMap}.
 *
 * <p>Not thread-safe: one builder per note, on one thread.
 */
final class NoteTextBuilder {
    private final StringBuilder text = new StringBuilder();
    private int[] sources = new int[64];
    private final List<TextSpan> emphasis = new ArrayList<>();
    private final List<TextSpan> keys = new ArrayList<>();
    /** Where the open citation key starts in {@code text}, or -1 when none is open. */
    private int keyStart = -1;
    private boolean pendingSpace;
    private int emphasisDepth;
    /** Where the open emphasis starts in {@code text}, or -1 while it has no character yet. */
    private int emphasisStart = -1;
    /** The offset every appended character stands at while a macro's text is read, or -1. */
    private int pinnedOffset = -1;

    /**
     * Appends one character that stands at (or was produced by the markup at) {@code sourceOffset}, which must
     * not be negative.
     */
    NoteTextBuilder append(char c, int sourceOffset) {
        if (PlainTextExtractor.isSpace(c)) {
            return space();
        }
        if (pendingSpace && text.length() > 0) {
            put(' ', -1); // inserted: TextMap maps it next to the characters around it
        }
        pendingSpace = false;
        if (emphasisDepth > 0 && emphasisStart < 0) {
            emphasisStart = text.length();
        }
        put(c, sourceOffset);
        return this;
    }

    /** Appends text that the markup at {@code sourceOffset} stands for, such as "é" for {@code \'e}. */
    NoteTextBuilder append(CharSequence s, int sourceOffset) {
        for (int i = 0; i < s.length(); i++) {
            append(s.charAt(i), sourceOffset);
        }
        return this;
    }

    /** White space: leading and trailing space is dropped, runs fold into one space. */
    NoteTextBuilder space() {
        pendingSpace = true;
        return this;
    }

    /** Opens an italic span; nested spans count as one. */
    void beginEmphasis() {
        if (emphasisDepth++ == 0) {
            emphasisStart = -1;
        }
    }

    /** Closes the italic span opened last; an empty span is not recorded. */
    void endEmphasis() {
        if (emphasisDepth == 0) {
            return;
        }
        if (--emphasisDepth == 0 && emphasisStart >= 0 && text.length() > emphasisStart) {
            emphasis.add(new TextSpan(emphasisStart, text.length()));
        }
    }

    /** Opens a citation key: the characters appended until {@link #endKey} are a key ("beard2015"). */
    void beginKey() {
        if (pendingSpace && text.length() > 0) {
            put(' ', -1);
            pendingSpace = false;
        }
        keyStart = text.length();
    }

    /** Closes the citation key opened last; an empty key is not recorded. */
    void endKey() {
        if (keyStart >= 0 && text.length() > keyStart) {
            keys.add(new TextSpan(keyStart, text.length()));
        }
        keyStart = -1;
    }

    /** Whether nothing but white space has been appended. */
    boolean isEmpty() {
        return text.length() == 0;
    }

    /** The text so far. */
    String text() {
        return text.toString();
    }

    /** The characters {@code [from, to)} of this text with their offsets and emphasis, trimmed of spaces. */
    NoteTextBuilder slice(int from, int to) {
        closeOpenEmphasis();
        int start = Math.max(0, from);
        int end = Math.min(text.length(), to);
        while (start < end && text.charAt(start) == ' ') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        NoteTextBuilder out = new NoteTextBuilder();
        out.text.append(text, start, end);
        out.sources = Arrays.copyOfRange(sources, start, Math.max(end, start + 1));
        for (TextSpan span : emphasis) {
            int s = Math.max(span.start(), start) - start;
            int e = Math.min(span.end(), end) - start;
            if (e > s) {
                out.emphasis.add(new TextSpan(s, e));
            }
        }
        for (TextSpan span : keys) {
            int s = Math.max(span.start(), start) - start;
            int e = Math.min(span.end(), end) - start;
            if (e > s) {
                out.keys.add(new TextSpan(s, e));
            }
        }
        return out;
    }

    /** A note of this text. */
    Note toNote(int index, int number, String label, SourcePosition position, String chapter) {
        closeOpenEmphasis();
        return new Note(index, number, label, text.toString(), position, textMap(), emphasis, chapter, keys);
    }

    /** The offsets as runs: consecutive characters from consecutive file offsets form one run. */
    TextMap textMap() {
        TextMap.Builder map = new TextMap.Builder();
        for (int i = 0; i < text.length(); i++) {
            if (sources[i] >= 0) {
                map.run(i, sources[i], 1); // the builder merges adjacent runs
            }
        }
        return map.build();
    }

    private void closeOpenEmphasis() {
        while (emphasisDepth > 0) {
            endEmphasis();
        }
    }

    /**
     * From now on, every character appended stands at {@code sourceOffset}, wherever it came from: the text a
     * LaTeX macro prints is read from its definition, but stands where the macro is used. Returns the offset
     * pinned before, for {@link #unpin}.
     */
    int pin(int sourceOffset) {
        int before = pinnedOffset;
        if (before < 0) {
            pinnedOffset = sourceOffset; // a macro used inside another's text stands where the outer one is used
        }
        return before;
    }

    /** Undoes the {@link #pin} that returned {@code before}. */
    void unpin(int before) {
        pinnedOffset = before;
    }

    private void put(char c, int sourceOffset) {
        if (text.length() == sources.length) {
            sources = Arrays.copyOf(sources, sources.length * 2);
        }
        sources[text.length()] = pinnedOffset >= 0 && sourceOffset >= 0 ? pinnedOffset : sourceOffset;
        text.append(c);
    }
}
