package org.ibidem.style;

import de.undercouch.citeproc.CSL;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads the id and titles of every bundled style, once per process. The titles are in each style's
 * {@code <info>}, at its head, so only the first few kilobytes of each of the ~10,800 files are read; from the
 * styles jar directly when the styles are in a jar (one pass over its entries), else style by style.
 */
final class BundledStyles {

    private static final String DEPENDENT_DIR = "dependent/";
    /** Enough for every bundled style's {@code <info>} title lines; the longest heads run to about 2 kB. */
    private static final int HEAD_BYTES = 8192;
    private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");
    private static final Pattern SHORT_TITLE = Pattern.compile("<title-short>([^<]*)</title-short>");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9A-Fa-f]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);");

    /**
     * A style every release of the styles jar has had, looked up to find the jar itself (APA, whose id has not
     * changed; not Chicago's, which did with the 18th edition).
     */
    private static final String PROBE = "/apa.csl";

    private BundledStyles() {
    }

    /** Read once; null until then, and again after a failed read so that the next call tries again. */
    private static volatile List<BundledStyle> all;

    /**
     * The bundled styles sorted by id; read on first use. Not a holder class: a failed read must surface as the
     * {@link UncheckedIOException} it is, not as an {@code ExceptionInInitializerError}.
     */
    static List<BundledStyle> all() {
        List<BundledStyle> styles = all;
        if (styles == null) {
            synchronized (BundledStyles.class) {
                styles = all;
                if (styles == null) {
                    styles = read();
                    all = styles;
                }
            }
        }
        return styles;
    }

    private static List<BundledStyle> read() {
        List<BundledStyle> styles;
        try {
            URL probe = CSL.class.getResource(PROBE);
            styles = probe != null && "jar".equals(probe.getProtocol()) ? fromJar(probe) : oneByOne();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the bundled CSL styles", e);
        }
        styles.sort(Comparator.comparing(BundledStyle::id));
        return List.copyOf(styles);
    }

    private static List<BundledStyle> fromJar(URL probe) throws IOException {
        URLConnection connection = probe.openConnection();
        Path jar;
        try {
            jar = Path.of(((JarURLConnection) connection).getJarFileURL().toURI());
        } catch (URISyntaxException | IllegalArgumentException | ClassCastException e) {
            return oneByOne(); // a jar not on a file system: the slow way still works
        }
        List<BundledStyle> styles = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile(), StandardCharsets.UTF_8)) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                String id = idOf(name);
                if (id != null) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        styles.add(style(id, name.startsWith(DEPENDENT_DIR), in));
                    }
                }
            }
        }
        return styles;
    }

    private static List<BundledStyle> oneByOne() throws IOException {
        List<BundledStyle> styles = new ArrayList<>();
        for (String name : CSL.getSupportedStyles()) {
            URL url = CSL.class.getResource("/" + name + ".csl");
            if (url == null) {
                continue;
            }
            try (InputStream in = url.openStream()) {
                boolean dependent = name.startsWith(DEPENDENT_DIR);
                styles.add(style(dependent ? name.substring(DEPENDENT_DIR.length()) : name, dependent, in));
            }
        }
        return styles;
    }

    /** The id of a style file at the root or in {@code dependent/}, or null for anything else in the jar. */
    private static String idOf(String entryName) {
        if (!entryName.endsWith(".csl")) {
            return null;
        }
        String file = entryName.startsWith(DEPENDENT_DIR) ? entryName.substring(DEPENDENT_DIR.length()) : entryName;
        return file.indexOf('/') >= 0 ? null : file.substring(0, file.length() - ".csl".length());
    }

    static BundledStyle style(String id, boolean dependent, InputStream in) throws IOException {
        String head = new String(in.readNBytes(HEAD_BYTES), StandardCharsets.UTF_8);
        String title = first(TITLE, head);
        return new BundledStyle(id, title == null || title.isBlank() ? id : title, first(SHORT_TITLE, head),
                dependent);
    }

    private static String first(Pattern pattern, String head) {
        Matcher m = pattern.matcher(head);
        return m.find() ? unescape(m.group(1)).strip().replaceAll("\\s+", " ") : null;
    }

    static String unescape(String xml) {
        Matcher m = ENTITY.matcher(xml);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String replacement = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> {
                    int code = name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16)
                            : Integer.parseInt(name.substring(1));
                    yield Character.isValidCodePoint(code) ? Character.toString(code) : m.group();
                }
            };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
