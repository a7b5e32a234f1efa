package org.ibidem.resolution;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.ibidem.Analysis;
import org.ibidem.Ibidem;
import org.ibidem.IbidemOptions;

/** Documents of many generated notes, for the tests of resolution's bounds. */
final class GeneratedNotes {

    private GeneratedNotes() {
    }

    /** A plain-text document whose notes are numbered "[1]", "[2]", … in the order given, analysed. */
    static Analysis analyze(String name, List<String> notes) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < notes.size(); i++) {
            text.append('[').append(i + 1).append("] ").append(notes.get(i)).append("\n\n");
        }
        return Ibidem.analyze(name, text.toString(), IbidemOptions.defaults());
    }

    /**
     * {@code n} distinct titles of three made-up words each ("Bakuri Tesola Vimeka"), drawn from {@code seed}: no
     * two are likely to be misspellings of one another, and none is near a real title.
     */
    static List<String> madeUpTitles(int n, long seed) {
        String consonants = "bcdfghklmnprstvz";
        String vowels = "aeiou";
        Random random = new Random(seed);
        Set<String> titles = new LinkedHashSet<>();
        while (titles.size() < n) {
            StringBuilder title = new StringBuilder();
            for (int word = 0; word < 3; word++) {
                title.append(word > 0 ? " " : "");
                for (int syllable = 0; syllable < 3; syllable++) {
                    char c = consonants.charAt(random.nextInt(consonants.length()));
                    title.append(syllable == 0 ? Character.toUpperCase(c) : c)
                            .append(vowels.charAt(random.nextInt(vowels.length())));
                }
            }
            titles.add(title.toString());
        }
        return List.copyOf(titles);
    }
}
