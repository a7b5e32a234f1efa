package org.ibidem.citation.parse;

import java.util.Locale;
import org.ibidem.reference.Locator;

/**
 * A part of a book that has a name and no number, cited as the place: "Snelgrave, introduction.", "Jones,
 * Religious Instruction, Introductory Chapter.", "preface", "the conclusion", and "passim" (throughout the work).
 *
 * <p>Kept as written. Only the whole text is read, so a title that merely opens with one of these words
 * ("Introduction to Logic") is no locator. Stateless and thread-safe.
 */
final class UnnumberedDivisions {

    private UnnumberedDivisions() {
    }

    /** The named division the whole text states, or null. */
    static Locator parse(String s) {
        if (s.length() < 6 || s.length() > 24 || "iIpPcCeEfFtT".indexOf(s.charAt(0)) < 0) {
            return null;
        }
        String w = s.toLowerCase(Locale.ROOT);
        if (w.startsWith("the ")) {
            w = w.substring(4);
        }
        switch (w) {
            case "introduction": case "introductory chapter": case "conclusion": case "concluding chapter":
            case "prologue": case "epilogue":
                return new Locator("chapter", s);
            case "preface": case "foreword": case "introductory note": case "prefatory note":
                return new Locator("section", s);
            case "passim":
                return Locator.page(s);
            default:
                return null;
        }
    }
}
