package org.ibidem.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Plain-text emphasis: Project Gutenberg and many plain-text notes mark italics with underscores
 * ({@code _History of Methodism_}, {@code _Ibid._}). The underscores are removed from the note's text and the
 * italic spans kept, since italics are how Chicago marks the title of a book or journal.
 *
 * <p>An opening underscore follows the start, a space or punctuation and precedes a non-space; a closing one
 * follows a non-space and precedes the end, a space or punctuation. An underscore with no partner stays as
 * text.
 *
 * <p>Stateless and thread-safe; linear time.
 */
final class Emphasis {

    /** The text without its emphasis marks, the map into the file adjusted, and the italic spans. */
    record Result(String text, TextMap map, List<TextSpan> spans) {
    }

    private Emphasis() {
    }

    static Result strip(String text, TextMap map) {
        if (text.indexOf('_') < 0) {
            return new Result(text, map, List.of());
        }
        boolean[] drop = new boolean[text.length()];
        List<int[]> pairs = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != '_') {
                continue;
            }
            char before = i > 0 ? text.charAt(i - 1) : ' ';
            char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            boolean canOpen = !Character.isLetterOrDigit(before) && after != ' ' && after != '_';
            boolean canClose = before != ' ' && !Character.isLetterOrDigit(after);
            if (open >= 0 && canClose) {
                pairs.add(new int[] {open, i});
                drop[open] = true;
                drop[i] = true;
                open = -1;
            } else if (canOpen) {
                open = i;
            }
        }
        if (pairs.isEmpty()) {
            return new Result(text, map, List.of());
        }
        StringBuilder out = new StringBuilder(text.length());
        int[] newIndex = new int[text.length() + 1];
        TextMap.Builder b = new TextMap.Builder();
        for (int i = 0; i < text.length(); i++) {
            newIndex[i] = out.length();
            if (!drop[i]) {
                b.run(out.length(), map.toSource(i), 1);
                out.append(text.charAt(i));
            }
        }
        newIndex[text.length()] = out.length();
        List<TextSpan> spans = new ArrayList<>(pairs.size());
        for (int[] p : pairs) {
            spans.add(new TextSpan(newIndex[p[0]], newIndex[p[1]]));
        }
        return new Result(out.toString(), b.build(), spans);
    }
}
