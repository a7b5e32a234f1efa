package org.ibidem.rewrite;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of a rewrite, made from its changes (each replaces a span inside a few lines), with three lines
 * of context, as {@code diff -u} prints it. Line endings are kept as the file has them.
 */
final class UnifiedDiff {

    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    static String of(String name, String original, List<Change> changes) {
        if (changes.isEmpty()) {
            return "";
        }
        List<Integer> starts = lineStarts(original);
        int lines = starts.size() - 1;
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(name).append('\n').append("+++ ").append(name).append('\n');
        int delta = 0;
        int i = 0;
        while (i < changes.size()) {
            int first = lineOf(starts, changes.get(i).start());
            int last = lineOf(starts, Math.max(changes.get(i).start(), changes.get(i).end() - 1));
            int j = i + 1;
            while (j < changes.size() && lineOf(starts, changes.get(j).start()) <= last + 2 * CONTEXT + 1) {
                last = Math.max(last, lineOf(starts, Math.max(changes.get(j).start(), changes.get(j).end() - 1)));
                j++;
            }
            int from = Math.max(0, first - CONTEXT);
            int to = Math.min(lines, last + 1 + CONTEXT);
            StringBuilder middle = new StringBuilder();
            int at = starts.get(first);
            for (Change c : changes.subList(i, j)) {
                middle.append(original, at, c.start()).append(c.replacement());
                at = c.end();
            }
            middle.append(original, at, starts.get(last + 1));
            List<String> newMiddle = split(middle.toString());
            int oldCount = to - from;
            int newCount = oldCount - (last + 1 - first) + newMiddle.size();
            out.append("@@ -").append(range(from, oldCount)).append(" +").append(range(from + delta, newCount))
                    .append(" @@\n");
            for (int k = from; k < first; k++) {
                line(out, ' ', original.substring(starts.get(k), starts.get(k + 1)));
            }
            for (int k = first; k <= last; k++) {
                line(out, '-', original.substring(starts.get(k), starts.get(k + 1)));
            }
            for (String s : newMiddle) {
                line(out, '+', s);
            }
            for (int k = last + 1; k < to; k++) {
                line(out, ' ', original.substring(starts.get(k), starts.get(k + 1)));
            }
            delta += newCount - oldCount;
            i = j;
        }
        return out.toString();
    }

    private static String range(int from, int count) {
        return (count == 0 ? from : from + 1) + "," + count;
    }

    private static void line(StringBuilder out, char mark, String line) {
        out.append(mark).append(line);
        if (!line.endsWith("\n")) {
            out.append("\n\\ No newline at end of file\n");
        }
    }

    /** The offsets where lines start, and the text's length last. */
    private static List<Integer> lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int k = 0; k < text.length(); k++) {
            if (text.charAt(k) == '\n' && k + 1 < text.length()) {
                starts.add(k + 1);
            }
        }
        starts.add(text.length());
        return starts;
    }

    private static int lineOf(List<Integer> starts, int offset) {
        int low = 0;
        int high = starts.size() - 2;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (starts.get(mid) <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    private static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        int at = 0;
        for (int k = 0; k < text.length(); k++) {
            if (text.charAt(k) == '\n') {
                out.add(text.substring(at, k + 1));
                at = k + 1;
            }
        }
        if (at < text.length()) {
            out.add(text.substring(at));
        }
        return out;
    }
}
