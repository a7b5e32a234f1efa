package org.ibidem.style;

import de.undercouch.citeproc.csl.internal.locale.LLocale;
import de.undercouch.citeproc.csl.internal.locale.LTerm;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Puts the plural label where citeproc-java prints the singular one. CSL makes a label plural when its number
 * variable holds more than one number ("1–4", "1 &amp; 2", "3, 5") and {@code number-of-volumes} when it is more
 * than one; citeproc-java 3.5 always takes the singular form of these, where citeproc-js writes the plural:
 * <ul>
 *   <li>an issue range: "no. 1–4" becomes "nos. 1–4" (Chicago, MLA);</li>
 *   <li>a volume range: "(Vol. 1–2)" becomes "(Vols. 1–2)" (APA);</li>
 *   <li>a count of volumes: "2 vol." becomes "2 vols." (Chicago, MLA), "(Vol. 1–2)" "(Vols. 1–2)" (APA).</li>
 * </ul>
 * A volume or issue range written with an en dash is also printed with its label at all ({@link #hyphenateRanges}),
 * and a range after a label with an en dash.
 * The terms are the locale's own (short and long forms), so another locale's labels are repaired alike.
 *
 * <pre>{@code
 * PluralLabels labels = PluralLabels.of(locale);
 * labels.repair("Doe, Jane. “Title.” Journal 6, no. 1–4 (1973).", Map.of("issue", "1–4"));
 * // "Doe, Jane. “Title.” Journal 6, nos. 1–4 (1973)."
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
final class PluralLabels {

    /** More than one number: a range, or a list joined by "&amp;", "and" or a comma. */
    private static final Pattern SEVERAL = Pattern.compile("\\d\\s*(?:[-–—&,]|\\band\\b)\\s*\\w");
    private static final Pattern COUNT = Pattern.compile("\\d+");
    /** A range of two numbers with an en dash, which citeproc-java's is-numeric does not take for a number. */
    private static final Pattern HYPHEN_RANGE = Pattern.compile("\\d+-\\d+");
    private static final Pattern EN_DASH_RANGE = Pattern.compile("\\d+\\s*–\\s*\\d+");

    /** A label's singular and plural forms. */
    private record Forms(String single, String multiple) {
    }

    private final List<Forms> issue;
    private final List<Forms> volume;

    private PluralLabels(List<Forms> issue, List<Forms> volume) {
        this.issue = List.copyOf(issue);
        this.volume = List.copyOf(volume);
    }

    /** The labels of the locale's "issue" and "volume" terms, short and long. */
    static PluralLabels of(LLocale locale) {
        return new PluralLabels(forms(locale, "issue"), forms(locale, "volume"));
    }

    private static List<Forms> forms(LLocale locale, String name) {
        List<Forms> out = new ArrayList<>();
        for (LTerm.Form form : List.of(LTerm.Form.SHORT, LTerm.Form.LONG)) {
            Map<String, LTerm> terms = locale.getTerms().get(form);
            LTerm term = terms == null ? null : terms.get(name);
            if (term != null && term.getSingle() != null && term.getMultiple() != null
                    && !term.getSingle().isEmpty() && !term.getSingle().equals(term.getMultiple())) {
                out.add(new Forms(term.getSingle(), term.getMultiple()));
            }
        }
        return out;
    }

    /**
     * Writes an en-dash range of volumes with a hyphen ("1–2" as "1-2"), so that citeproc-java's
     * {@code is-numeric} takes it for numbers, as citeproc-js does, and prints its label; {@link #repair} puts the
     * en dash back. Changes the item.
     */
    static void hyphenateRanges(Map<String, Object> item) {
        if (item.get("volume") instanceof String value && EN_DASH_RANGE.matcher(value.strip()).matches()) {
            item.put("volume", value.strip().replaceAll("\\s*–\\s*", "-"));
        }
    }

    /**
     * The entry with the plural label before an issue or volume that holds several numbers, and after a count of
     * more than one volume.
     *
     * @param entry one rendered entry (text or HTML: the labels and numbers are not escaped)
     * @param item  the CSL-JSON item it was rendered from
     */
    String repair(String entry, Map<String, Object> item) {
        String out = entry;
        out = beforeNumber(out, item.get("issue"), issue);
        out = beforeNumber(out, item.get("volume"), volume);
        if (item.get("volume") instanceof String v && HYPHEN_RANGE.matcher(v).matches()) {
            // citeproc-js prints a range of volumes with an en dash, labelled or not.
            out = out.replaceAll("(?<![\\d-])" + Pattern.quote(v) + "(?![\\d-])", v.replace('-', '–'));
        }
        if (item.get("number-of-volumes") instanceof String count && COUNT.matcher(count.strip()).matches()
                && Integer.parseInt(count.strip()) > 1) {
            String n = count.strip();
            for (Forms f : volume) {
                out = out.replace(n + " " + f.single(), n + " " + f.multiple());
                // APA counts them as a range: "(Vol. 1–3)".
                for (String dash : List.of("–", "-")) {
                    String range = " 1" + dash + n;
                    out = out.replace(capitalised(f.single()) + range, capitalised(f.multiple()) + range);
                }
            }
        }
        return out;
    }

    private static String beforeNumber(String entry, Object value, List<Forms> forms) {
        if (!(value instanceof String number) || !SEVERAL.matcher(number).find()) {
            return entry;
        }
        String out = entry;
        String dashed = number.replace('-', '–');
        for (String shown : List.of(number, dashed)) {
            for (Forms f : forms) {
                // citeproc-js prints a range of numbers with an en dash, as written or not.
                out = out.replace(f.single() + " " + shown, f.multiple() + " " + dashed);
                out = out.replace(capitalised(f.single()) + " " + shown, capitalised(f.multiple()) + " " + dashed);
            }
        }
        return out;
    }

    private static String capitalised(String term) {
        return term.isEmpty() ? term : Character.toUpperCase(term.charAt(0)) + term.substring(1);
    }
}
