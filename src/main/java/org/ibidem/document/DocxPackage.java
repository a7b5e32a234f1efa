package org.ibidem.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The parts of a .docx that hold its text and notes, taken from its zip archive one by one: the main document,
 * its footnotes, endnotes and settings, found through the package's relationships. No other entry is read, so
 * a 110 MB video in {@code word/media} costs nothing (read from a file, it is never even decompressed).
 *
 * <p>A part that expands more than 100-fold past its first 16 MB is refused as a zip bomb, as Apache POI does;
 * a part over 1 GB is refused too. Failures throw {@link UnreadableDocumentException} with the code
 * {@code unreadable-docx} and a one-line reason.
 *
 * <p>Not thread-safe; one per reading.
 */
final class DocxPackage {

    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final String PACKAGE_RELS = "_rels/.rels";
    private static final String RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final long GRACE = 16L << 20;
    private static final long RATIO = 100;
    private static final long MAX_PART = 1L << 30;

    private final String name;
    private final Entries entries;

    /**
     * The main document part, its footnotes, endnotes and settings (each null when absent), and the zip entry
     * names of the two notes parts (null when there is none).
     */
    record Parts(byte[] document, byte[] footnotes, byte[] endnotes, byte[] settings, String footnotesEntry,
                 String endnotesEntry) {
    }

    private DocxPackage(String name, Entries entries) {
        this.name = name;
        this.entries = entries;
    }

    /** The parts of a .docx file, read in place: only the entries needed are opened. */
    static Parts read(String name, Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return new DocxPackage(name, wanted -> fromFile(name, zip, wanted)).parts();
        } catch (ZipException | IllegalArgumentException e) {
            throw refused(name, "its zip archive is damaged (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new UnreadableDocumentException(name + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** The parts of a .docx held in memory: each call streams over the archive, skipping what is not wanted. */
    static Parts read(String name, byte[] bytes) {
        if (!hasEndOfDirectory(bytes)) {
            // ZipInputStream reads the entries in order and stops quietly where the bytes end: a file cut short
            // would lose its notes without a word. ZipFile, which reads a file on disk, refuses it; so does this.
            throw refused(name, "its zip archive is damaged (no end of central directory record: cut short?)",
                    null);
        }
        try {
            return new DocxPackage(name, wanted -> fromBytes(name, bytes, wanted)).parts();
        } catch (IOException | IllegalArgumentException e) { // ZipInputStream: an entry name that is not UTF-8
            throw refused(name, "its zip archive is damaged (" + e.getMessage() + ")", e);
        }
    }

    /** Whether a zip's end of central directory record (signature PK 5 6) is in its last 65,557 bytes. */
    private static boolean hasEndOfDirectory(byte[] b) {
        int last = b.length - 22;
        int first = Math.max(0, last - 0xFFFF); // after the record, a comment of at most 65,535 bytes
        for (int i = last; i >= first; i--) {
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 5 && b[i + 3] == 6) {
                return true;
            }
        }
        return false;
    }

    private Parts parts() throws IOException {
        Map<String, byte[]> top = entries.read(Set.of(CONTENT_TYPES, PACKAGE_RELS));
        if (!top.containsKey(CONTENT_TYPES)) {
            throw refused(name, "it has no " + CONTENT_TYPES + " part, so it is not a Word document or is damaged",
                    null);
        }
        String main = top.containsKey(PACKAGE_RELS) ? target(PACKAGE_RELS, top.get(PACKAGE_RELS), "officeDocument")
                : null;
        if (main == null) {
            throw refused(name, "it names no main document part (no officeDocument relationship in "
                    + PACKAGE_RELS + ")", null);
        }
        String mainRels = relsOf(main);
        Map<String, byte[]> second = entries.read(Set.of(main, mainRels));
        byte[] document = second.get(main);
        if (document == null) {
            throw refused(name, "its main document part " + main + " is missing", null);
        }
        byte[] rels = second.get(mainRels);
        String footnotes = rels == null ? null : target(mainRels, rels, "footnotes");
        String endnotes = rels == null ? null : target(mainRels, rels, "endnotes");
        String settings = rels == null ? null : target(mainRels, rels, "settings");
        Set<String> wanted = new java.util.HashSet<>();
        for (String part : new String[] {footnotes, endnotes, settings}) {
            if (part != null) {
                wanted.add(part);
            }
        }
        Map<String, byte[]> third = wanted.isEmpty() ? Map.of() : entries.read(wanted);
        byte[] footnotesPart = footnotes == null ? null : third.get(footnotes);
        byte[] endnotesPart = endnotes == null ? null : third.get(endnotes);
        return new Parts(document, footnotesPart, endnotesPart, settings == null ? null : third.get(settings),
                footnotesPart == null ? null : footnotes, endnotesPart == null ? null : endnotes);
    }

    /** The relationships part of a part: {@code word/document.xml} → {@code word/_rels/document.xml.rels}. */
    private static String relsOf(String part) {
        int slash = part.lastIndexOf('/');
        return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
    }

    /**
     * The zip entry name of the first internal relationship whose type ends in {@code "/" + type} (transitional
     * and strict types share their last segment), resolved against the folder of the part the rels belong to.
     */
    private String target(String relsName, byte[] rels, String type) {
        NodeList list = parse(relsName, rels).getElementsByTagNameNS(RELS_NS, "Relationship");
        for (int i = 0; i < list.getLength(); i++) {
            Element rel = (Element) list.item(i);
            if (!rel.getAttribute("Type").endsWith("/" + type) || "External".equals(rel.getAttribute("TargetMode"))) {
                continue;
            }
            String target = rel.getAttribute("Target").strip();
            if (target.isEmpty()) {
                continue;
            }
            // The rels of "word/document.xml" live in "word/_rels/": targets are relative to "word/".
            String base = relsName.substring(0, relsName.indexOf("_rels/"));
            return normalize(target.startsWith("/") ? target.substring(1) : base + target);
        }
        return null;
    }

    private static String normalize(String path) {
        java.util.ArrayDeque<String> out = new java.util.ArrayDeque<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                out.pollLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                out.addLast(segment);
            }
        }
        return String.join("/", out);
    }

    private org.w3c.dom.Document parse(String part, byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder builder = f.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler()); // throws on fatal errors, prints nothing
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXException e) {
            throw refused(name, "its part " + part + " is not well-formed XML or declares a DOCTYPE ("
                    + firstLine(e.getMessage()) + ")", e);
        } catch (ParserConfigurationException | IOException e) {
            throw refused(name, "its part " + part + " cannot be read (" + firstLine(e.getMessage()) + ")", e);
        }
    }

    static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    static UnreadableDocumentException refused(String name, String reason, Throwable cause) {
        return new UnreadableDocumentException(UnreadableDocumentException.UNREADABLE_DOCX,
                name + ": cannot read the notes of this Word .docx file: " + reason, cause);
    }

    /**
     * The archive again with some entries' contents replaced: every entry in its order, under its name, with its
     * compression method and time, its contents byte for byte except those named in {@code replaced}. Each entry
     * is read under the same guards as {@link #read(String, byte[])} (zip bombs, 1 GB).
     *
     * @throws UnreadableDocumentException when the archive cannot be read
     */
    static byte[] replacing(String name, byte[] bytes, Map<String, byte[]> replaced) {
        if (!hasEndOfDirectory(bytes)) {
            throw refused(name, "its zip archive is damaged (no end of central directory record: cut short?)",
                    null);
        }
        ByteArrayOutputStream result = new ByteArrayOutputStream(bytes.length + 4096);
        Counting raw = new Counting(new ByteArrayInputStream(bytes));
        try (ZipInputStream in = new ZipInputStream(raw); ZipOutputStream out = new ZipOutputStream(result)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                long start = raw.count;
                byte[] data = bounded(name, entry.getName(), in, () -> raw.count - start + 512);
                byte[] written = replaced.getOrDefault(entry.getName(), data);
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                if (entry.getComment() != null) {
                    copy.setComment(entry.getComment());
                }
                int method = entry.getMethod() == ZipEntry.STORED ? ZipEntry.STORED : ZipEntry.DEFLATED;
                copy.setMethod(method);
                if (method == ZipEntry.STORED) {
                    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                    crc.update(written);
                    copy.setSize(written.length);
                    copy.setCompressedSize(written.length);
                    copy.setCrc(crc.getValue());
                }
                out.putNextEntry(copy);
                out.write(written);
                out.closeEntry();
            }
        } catch (IOException | IllegalArgumentException e) {
            throw refused(name, "its zip archive is damaged (" + e.getMessage() + ")", e);
        }
        return result.toByteArray();
    }

    /** Reads the entries of the given names that the archive has. */
    @FunctionalInterface
    private interface Entries {
        Map<String, byte[]> read(Set<String> names) throws IOException;
    }

    private static Map<String, byte[]> fromFile(String name, ZipFile zip, Set<String> wanted) throws IOException {
        Map<String, byte[]> out = new HashMap<>();
        for (String entryName : wanted) {
            ZipEntry entry = zip.getEntry(entryName);
            if (entry == null || entry.isDirectory()) {
                continue;
            }
            long compressed = entry.getCompressedSize();
            try (InputStream in = zip.getInputStream(entry)) {
                // ZipFile reads no more than the compressed size the directory gives, so the ratio holds.
                out.put(entryName, bounded(name, entryName, in, () -> Math.max(compressed, 0)));
            }
        }
        return out;
    }

    private static Map<String, byte[]> fromBytes(String name, byte[] bytes, Set<String> wanted) throws IOException {
        Map<String, byte[]> out = new HashMap<>();
        Counting raw = new Counting(new ByteArrayInputStream(bytes));
        try (ZipInputStream zip = new ZipInputStream(raw)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null && out.size() < wanted.size()) {
                if (!entry.isDirectory() && wanted.contains(entry.getName()) && !out.containsKey(entry.getName())) {
                    long start = raw.count;
                    // The stream reads ahead by at most its buffer (512 bytes): counted as compressed input.
                    out.put(entry.getName(), bounded(name, entry.getName(), zip, () -> raw.count - start + 512));
                }
            }
        }
        return out;
    }

    /** The bytes of one entry, refused past 1 GB or when they expand more than 100-fold past the grace size. */
    private static byte[] bounded(String name, String entry, InputStream in, java.util.function.LongSupplier compressed)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > MAX_PART) {
                throw refused(name, "its part " + entry + " is larger than 1 GB", null);
            }
            if (total > GRACE && total > RATIO * compressed.getAsLong()) {
                throw refused(name, "its part " + entry + " expands more than " + RATIO + "-fold (a zip bomb?)",
                        null);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** Counts the bytes read from the archive itself. */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
