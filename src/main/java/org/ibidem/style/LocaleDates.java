package org.ibidem.style;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A locale's date formats, written into a style for citeproc-java, which ignores them in the locale files.
 *
 * <p>CSL 1.0.2 ("Localized Date Formats") has a locale say how {@code <date form="text">} and
 * {@code <date form="numeric">} print: en-GB "29 December 1956", de-DE "29. Dezember 1956". citeproc-java 3.5.2 loads
 * a locale for its terms but prints every date in en-US's order ("December 29, 1956"), whichever locale it is given
 * ({@code docs/upstream/locale-date-formats.md}). It does read date formats that a style defines in its own
 * {@code <locale>}, so the locale's two are copied into the style as one, unless the style defines its own.
 *
 * <pre>{@code
 * LocaleDates.withDates(oscolaXml, "en-GB");   // the style, with en-GB's text and numeric date formats in it
 * }</pre>
 *
 * <p>Thread-safe: the formats read from each bundled locale are kept.
 */
final class LocaleDates {

    private static final Pattern DATE_FORMAT = Pattern.compile("<date\\s+form=\"(?:text|numeric)\"\\s*>.*?</date>",
            Pattern.DOTALL);
    private static final Pattern STYLE_DATE_FORMAT = Pattern.compile("<locale[^>]*>(?:(?!</locale>).)*<date\\s+form=",
            Pattern.DOTALL);
    private static final Pattern DEFAULT_LOCALE = Pattern.compile("<style\\b[^>]*\\bdefault-locale=\"([^\"]+)\"");
    private static final Map<String, String> FORMATS = new ConcurrentHashMap<>();

    private LocaleDates() {
    }

    /**
     * The style with the locale's date formats in a {@code <locale>} of its own; the style itself for en-US (the
     * order citeproc-java prints anyway), for no locale, or when the style defines date formats already.
     *
     * @param styleXml a style's XML
     * @param tag      a bundled CSL locale ("en-GB"), or null
     */
    static String withDates(String styleXml, @Nullable String tag) {
        if (tag == null || tag.toLowerCase(Locale.ROOT).startsWith("en-us")
                || STYLE_DATE_FORMAT.matcher(styleXml).find()) {
            return styleXml;
        }
        String formats = FORMATS.computeIfAbsent(tag, LocaleDates::read);
        int info = styleXml.indexOf("</info>");
        if (formats.isEmpty() || info < 0) {
            return styleXml;
        }
        int at = info + "</info>".length();
        // Unlabelled: citeproc-java applies a style's locale with a language only when it is given that language.
        return styleXml.substring(0, at) + "<locale>" + formats + "</locale>" + styleXml.substring(at);
    }

    /** The style's {@code default-locale} when it is a bundled locale, else null. */
    static @Nullable String defaultLocale(String styleXml) {
        Matcher m = DEFAULT_LOCALE.matcher(styleXml);
        return m.find() && CslLocales.bundled().contains(m.group(1)) ? m.group(1) : null;
    }

    /** The text and numeric date formats of a bundled locale, as XML; empty if it has none. */
    private static String read(String tag) {
        try (InputStream in = LocaleDates.class.getResourceAsStream("/locales-" + tag + ".xml")) {
            if (in == null) {
                return "";
            }
            Matcher m = DATE_FORMAT.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                out.append(m.group());
            }
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the locale " + tag, e);
        }
    }
}
