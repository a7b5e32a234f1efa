package org.ibidem.rewrite;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ibidem.reference.Locator;
import org.ibidem.reference.Numerals;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A volume written in front of the page, "5:286", and the work's own volume, "5", name the same volume: Chicago
 * prints a volume's page so ("…(Harbour Press, 1977), 5:286"; "Lee, Collected Papers, 5:300"), MHRA as "5, p.
 * 286", and Ibidem reads the volume into the work or keeps it in the locator depending on where it was written.
 * So a rewrite renders the locator without a volume its work already has (else "5:5:300"), and counts "5:286"
 * of a work and "286" of its volume 5 as the same place.
 *
 * <pre>{@code
 * VolumeInLocator.forWork("5", Locator.page("5:300"));   // page "300": the style prints the volume
 * VolumeInLocator.forWork("6", Locator.page("5:300"));   // as it was: another volume's page
 * VolumeInLocator.samePlace(Locator.page("5:286"), Locator.page("286"), "5");   // true
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
@NullMarked
final class VolumeInLocator {

    // "5:286", "v:12–14": a volume, a colon, the place in it.
    private static final Pattern VOLUME_PAGE = Pattern.compile("^(\\d{1,4}|[ivxlcdm]{1,8}):\\s*(\\S.*)$",
            Pattern.CASE_INSENSITIVE);

    private VolumeInLocator() {
    }

    /** The locator as the style should get it for a work of that volume: without its volume if the work has it. */
    static @Nullable Locator forWork(@Nullable String volume, @Nullable Locator locator) {
        if (volume == null || locator == null) {
            return locator;
        }
        Matcher m = VOLUME_PAGE.matcher(locator.value());
        return m.matches() && sameVolume(m.group(1), volume) ? new Locator(locator.label(), m.group(2)) : locator;
    }

    /**
     * Whether two locators name the same place in a work of that volume (or of none): equal but for a range's dash
     * and spaces, or one of them the other with the work's volume in front ("5:286" and "286" in volume 5).
     */
    static boolean samePlace(@Nullable Locator a, @Nullable Locator b, @Nullable String volume) {
        if (a == null || b == null) {
            return a == b;
        }
        if (!a.label().equals(b.label())) {
            return false;
        }
        String was = dashes(forWork(volume, a).value());
        String is = dashes(forWork(volume, b).value());
        return was.equals(is);
    }

    private static boolean sameVolume(String a, String b) {
        if (a.equalsIgnoreCase(b.strip())) {
            return true;
        }
        int value = Numerals.value(a);
        return value > 0 && value == Numerals.value(b.strip());
    }

    /** A page range with its en dash or hyphen alike: styles write ranges with an en dash. */
    private static String dashes(String value) {
        return value.replace('\u2013', '-').replace('\u2014', '-').replace(" ", "");
    }
}
