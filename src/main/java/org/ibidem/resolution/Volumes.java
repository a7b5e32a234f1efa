package org.ibidem.resolution;

import org.ibidem.citation.Names;
import org.ibidem.reference.Numerals;

/** Whether two volume numbers name the same volume: "5", "V" and "4–6" all hold volume 5. Stateless. */
final class Volumes {

    private Volumes() {
    }

    static boolean same(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        if (Names.fold(a).equals(Names.fold(b))) {
            return true;
        }
        int value = Numerals.value(a);
        return value > 0 && value == Numerals.value(b) || within(a, b) || within(b, a);
    }

    /** "2" within "1–3": a work given in full as several volumes holds each of them. */
    private static boolean within(String one, String range) {
        int dash = range.indexOf('–') >= 0 ? range.indexOf('–') : range.indexOf('-');
        if (dash <= 0) {
            return false;
        }
        int v = Numerals.value(one);
        int from = Numerals.value(range.substring(0, dash));
        int to = Numerals.value(range.substring(dash + 1));
        return v > 0 && from > 0 && to >= from && v >= from && v <= to;
    }
}
