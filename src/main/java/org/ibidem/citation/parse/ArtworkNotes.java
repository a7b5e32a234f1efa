package org.ibidem.citation.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.ibidem.citation.FullCitation;
import org.ibidem.citation.NameOrder;
import org.ibidem.citation.Names;
import org.ibidem.reference.ItemType;
import org.ibidem.reference.Reference;

/**
 * Notes for a work of art (CMOS 14.235), told by its medium after its year.
 *
 * <pre>{@code
 * Dorothea Lange, Migrant Mother, Nipomo, California, 1936, gelatin silver print, Library of Congress,
 * Washington, DC.
 *     → graphic; author Lange; title "Migrant Mother, Nipomo, California"; archive Library of Congress
 * }</pre>
 *
 * <p>{@code MediaNotes} decides a note is one before asking; {@link #artwork} returns null when it turns out not
 * to be after all. Immutable and thread-safe.
 */
final class ArtworkNotes {
    private static final Pattern ART_MEDIUM = Pattern.compile("(?i)(?:(?:oil|acrylic|tempera|watercolou?r|gouache|ink"
            + "|pencil|charcoal|pastel|graphite|chalk)(?:\\s+and\\s+\\w+)?\\s+on\\s+"
            + "(?:canvas|panel|paper|board|linen|wood"
            + "|vellum|copper)|(?:gelatin silver|silver gelatin|albumen|chromogenic|inkjet|platinum|salted paper"
            + "|pigment|C-type)\\s+print|photograph|lithograph|etching|engraving|woodcut|screenprint|bronze|marble"
            + "|mixed media|fresco|daguerreotype|tapestry)");
    // The materials ART_MEDIUM's first branch opens with ("watercolo" for both spellings).
    private static final List<String> MATERIALS = List.of("oil", "acrylic", "tempera", "watercolo", "gouache", "ink",
            "pencil", "charcoal", "pastel", "graphite", "chalk");
    private static final List<String> ART_WORDS = List.of("photograph", "lithograph", "etching", "engraving",
            "woodcut", "screenprint", "bronze", "marble", "media", "fresco", "daguerreotype", "tapestry");

    private final NameOrder order;

    ArtworkNotes(NameOrder order) {
        this.order = order;
    }

    /** Whether a field is a medium of art ("oil on canvas", "gelatin silver print", "bronze"). */
    static boolean namesMedium(String t) {
        return mayBeArtMedium(t) && PatternChecks.matches(ART_MEDIUM, t);
    }

    /**
     * A work of art: "Dorothea Lange, Migrant Mother, Nipomo, California, 1936, gelatin silver print, Library of
     * Congress, Washington, DC" (CMOS 14.235): the artist, the title (which may hold commas), the year, the
     * medium, and the institution that holds it, with its city.
     */
    FullCitation artwork(Segment s) {
        List<Field> fields = s.fields();
        int n = fields.size();
        int medium = -1;
        for (int k = 2; k < n && medium < 0; k++) {
            if (fields.get(k).isPlain() && PatternChecks.matches(ART_MEDIUM, fields.get(k).text())) {
                medium = k;
            }
        }
        int year = medium - 1;
        if (year < 2 || !fields.get(year).isPlain() || !MediaFields.isCircaYear(fields.get(year).text())
                || !fields.get(0).isPlain() || !Names.looksLikeNames(fields.get(0).text())) {
            return null;
        }
        Reference.Builder ref = Reference.builder(ItemType.GRAPHIC)
                .authors(Names.parseList(fields.get(0).text(), order))
                .title(FieldText.joinText(fields.subList(1, year)))
                .issued(MediaFields.circaYear(fields.get(year).text()))
                .medium(fields.get(medium).text());
        List<String> rest = new ArrayList<>();
        List<String> holder = new ArrayList<>();
        for (int k = medium + 1; k < n; k++) {
            String t = fields.get(k).text();
            if (!MediaFields.readUrl(t, ref)) {
                holder.add(t);
            }
        }
        if (!holder.isEmpty()) {
            ref.archive(holder.get(0)); // "Library of Congress, Washington, DC": the holder, then its city
            if (holder.size() > 1) {
                ref.archivePlace(String.join(", ", holder.subList(1, holder.size())));
            }
        }
        return MediaFields.finish(ref, s, rest);
    }

    /** Whether a field can be a medium of art: "… on canvas", "… print", or ends in one of the single words. */
    private static boolean mayBeArtMedium(String t) {
        if (t.length() > 45 || t.length() < 5) {
            return false;
        }
        // Only the first branch of ART_MEDIUM has " on ", after a material it opens with.
        if (t.contains(" on ") && opensWithMaterial(t) || t.endsWith("print")) {
            return true;
        }
        // Each word ends in one of these letters; a page number or a name mostly does not.
        if ("hgtezaoy".indexOf(t.charAt(t.length() - 1)) < 0) {
            return false;
        }
        for (String word : ART_WORDS) {
            int from = t.length() - word.length();
            if (from >= 0 && t.regionMatches(true, from, word, 0, word.length())
                    && (from == 0 || t.charAt(from - 1) == ' ')) {
                return true;
            }
        }
        return false;
    }

    private static boolean opensWithMaterial(String t) {
        for (String material : MATERIALS) {
            if (t.regionMatches(true, 0, material, 0, material.length())) {
                return true;
            }
        }
        return false;
    }
}
