package org.ibidem.document;

/**
 * One shared copy of each short numeric label ("1" to "999").
 *
 * <p>Every note and every marker keeps its label, and most labels are small numbers that recur in every chapter: a
 * document of 100,000 notes kept 200,000 label strings (about 10 MB) where a few hundred suffice. Each label is
 * replaced by the shared copy of the same text; labels that are not a short number are kept as given.
 *
 * <p>Thread-safe: the table is filled lazily, and two threads that fill the same slot at once store equal strings,
 * either of which is correct (strings are safe to share without locking).
 */
final class NoteLabels {
    private static final int LIMIT = 1000;
    private static final String[] SHARED = new String[LIMIT];

    private NoteLabels() {
    }

    /** The shared copy of {@code label} when it is a number from 1 to 999 written without leading zeros. */
    static String shared(String label) {
        int length = label.length();
        if (length == 0 || length > 3 || label.charAt(0) == '0') {
            return label;
        }
        int value = 0;
        for (int i = 0; i < length; i++) {
            char c = label.charAt(i);
            if (c < '0' || c > '9') {
                return label;
            }
            value = value * 10 + (c - '0');
        }
        String shared = SHARED[value];
        if (shared == null) {
            shared = label;
            SHARED[value] = shared;
        }
        return shared;
    }
}
