package org.ibidem.style;

import de.undercouch.citeproc.CSL;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Finds a CSL style by name.
 *
 * <p>A name is looked up in this order:
 * <ol>
 *   <li>an alias ({@code chicago}, {@code apa}, {@code mla}; see {@link Styles#aliases()}) is replaced by its
 *       style id, which is then looked up like any id;</li>
 *   <li>a file {@code <id>.csl} in the styles directory, so a project can override a bundled style;</li>
 *   <li>a style of the bundled CSL repository ({@code org.citationstyles:styles}), independent or dependent;</li>
 *   <li>an id the CSL repository has since renamed ({@link Styles#renamed()}: {@code vancouver}), looked up by
 *       its new id in the two places above;</li>
 *   <li>a path to a {@code .csl} file. A name ending in ".csl" or containing a path separator is only ever
 *       taken as a path, never as an id.</li>
 * </ol>
 * A name that starts with {@code <} is no name but the style's XML itself (as citeproc-java tells them apart);
 * {@link #readXml} reads one from a stream.
 * A dependent style (one that only links to a parent) is rendered with its parent's layout; the parent is looked
 * up in the styles directory, then among the bundled styles.
 *
 * <pre>{@code
 * StyleResolver resolver = new StyleResolver(Path.of("styles"));
 * resolver.resolve("chicago").id();      // "chicago-notes-bibliography"
 * resolver.resolve("mla").origin();      // BUNDLED
 * resolver.resolve("house.csl").file();  // Path of ./house.csl
 * }</pre>
 *
 * <p>Immutable and thread-safe; every call looks at the file system afresh, so edited style files are seen.
 * {@link #resolve} throws {@link IllegalArgumentException} for an unknown name, with a message that names the
 * bundled styles whose titles match it ({@link Styles#search}), lists the aliases and says where style ids come
 * from.
 */
public final class StyleResolver {

    /** What a plain style id looks like; anything else (separators, "..") is never looked up on the classpath. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private static final String DEPENDENT_DIR = "dependent/";

    private final Path stylesDirectory;

    /** A resolver whose styles directory is {@code styles} under the current working directory. */
    public StyleResolver() {
        this(Path.of("styles"));
    }

    /**
     * A resolver with the given styles directory; the directory need not exist.
     *
     * @param stylesDirectory where project-local {@code <id>.csl} files live
     */
    public StyleResolver(Path stylesDirectory) {
        this.stylesDirectory = Objects.requireNonNull(stylesDirectory, "stylesDirectory").toAbsolutePath();
    }

    /** The directory searched for project-local styles, as an absolute path. */
    public Path stylesDirectory() {
        return stylesDirectory;
    }

    /**
     * Reads a CSL style from a stream (UTF-8), for the formatters, which take a style's XML wherever they take its
     * name. Checks that it is a well-formed CSL style; does not close the stream.
     *
     * <pre>{@code
     * try (InputStream in = Files.newInputStream(Path.of("house.csl"))) {
     *     String house = StyleResolver.readXml(in);
     *     formatter.format(refs, house, OutputFormat.TEXT);
     * }
     * }</pre>
     *
     * @return the style's XML, without a byte-order mark
     * @throws IOException              if the stream cannot be read
     * @throws IllegalArgumentException if it is not a well-formed CSL style
     */
    public static String readXml(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        if (xml.startsWith("\uFEFF")) {
            xml = xml.substring(1);
        }
        xml = xml.strip();
        if (!xml.startsWith("<")) {
            throw new IllegalArgumentException("The stream does not hold a CSL style: it is not XML");
        }
        new StyleResolver().resolve(xml); // well-formed, a <style>, and its parent found if it is dependent
        return xml;
    }

    /**
     * Whether the name resolves to a usable style with this resolver.
     *
     * @param name an alias, a style id, a path to a .csl file or a style's XML
     */
    public boolean isAvailable(String name) {
        try {
            resolve(name);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The style the name stands for.
     *
     * @param name an alias, a style id, a path to a .csl file, or the XML of a style
     * @return where the style was found
     * @throws IllegalArgumentException if nothing matches (the message names bundled styles whose titles match,
     *                                  lists the aliases and says where ids come from), or if a file is not a
     *                                  usable CSL style
     * @throws UncheckedIOException     if a style file exists but cannot be read
     */
    public ResolvedStyle resolve(String name) {
        return load(name).style();
    }

    /** A resolved style together with what citeproc-java needs to build it. */
    record Loaded(ResolvedStyle style, String cslSource) {
    }

    /**
     * Resolves the name and gives, besides the {@link ResolvedStyle}, the argument citeproc-java's {@code CSL}
     * constructor takes: a classpath style name for a bundled style, the XML itself for a file.
     */
    Loaded load(String name) {
        Objects.requireNonNull(name, "name");
        String trimmed = name.strip();
        if (trimmed.isEmpty()) {
            throw unknown(name);
        }
        if (trimmed.startsWith("<") || trimmed.startsWith("\uFEFF")) {
            return fromXml(trimmed);
        }
        if (looksLikePath(trimmed)) {
            Path file = Path.of(trimmed).toAbsolutePath();
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("No style file at " + file + ". " + choices());
            }
            return fromFile(trimmed, file, ResolvedStyle.Origin.FILE);
        }
        String alias = Styles.aliases().get(trimmed.toLowerCase(Locale.ROOT));
        String id = alias != null ? alias : trimmed;
        if (!ID.matcher(id).matches()) {
            throw unknown(name);
        }
        Loaded found = findById(trimmed, id);
        String renamed = Styles.renamed().get(id);
        if (found == null && renamed != null) {
            // Only when nothing has the old id: a project's own styles/vancouver.csl still comes first.
            found = findById(trimmed, renamed);
        }
        if (found == null) {
            throw new IllegalArgumentException("Unknown style '" + name + "'. " + nearMatches(id) + choices());
        }
        return found;
    }

    private static boolean looksLikePath(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".csl") || name.indexOf('/') >= 0
                || name.indexOf('\\') >= 0;
    }

    /** Steps (b) and (c): the styles directory, then the bundled repository; null if neither has the id. */
    private Loaded findById(String requested, String id) {
        Path local = stylesDirectory.resolve(id + ".csl");
        if (Files.isRegularFile(local)) {
            return fromFile(requested, local, ResolvedStyle.Origin.STYLES_DIRECTORY);
        }
        if (CSL.supportsStyle(id)) {
            return new Loaded(new ResolvedStyle(requested, id, ResolvedStyle.Origin.BUNDLED, null, null), id);
        }
        if (CSL.supportsStyle(DEPENDENT_DIR + id)) {
            // citeproc-java finds dependent styles only under their folder name; like a dependent file, one is
            // rendered with its parent, looked up here so that a parent in the styles directory wins too.
            String xml = readBundled(DEPENDENT_DIR + id + ".csl");
            String parentId = parentId(xml, DEPENDENT_DIR + id + ".csl");
            if (parentId == null) {
                return new Loaded(new ResolvedStyle(requested, id, ResolvedStyle.Origin.BUNDLED, null, null), xml);
            }
            Loaded parent = parent(parentId, "The bundled style " + id);
            return new Loaded(new ResolvedStyle(requested, id, ResolvedStyle.Origin.BUNDLED, null, parentId),
                    parent.cslSource());
        }
        return null;
    }

    /** A style given as its XML: as a file, but with no file to name it, so its id comes from its info. */
    private Loaded fromXml(String text) {
        String xml = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String where = GIVEN_AS_XML;
        String parentId = parentId(xml, where);
        String id = infoId(xml, where);
        if (parentId == null) {
            return new Loaded(new ResolvedStyle(XML_REQUEST, id, ResolvedStyle.Origin.TEXT, null, null), xml);
        }
        Loaded parent = parent(parentId, "The style " + id + " (given as XML)");
        return new Loaded(new ResolvedStyle(XML_REQUEST, id, ResolvedStyle.Origin.TEXT, null, parentId),
                parent.cslSource());
    }

    /** How messages name a style given as XML. */
    private static final String GIVEN_AS_XML = "XML given as the style";

    /** What {@link ResolvedStyle#requested()} says of a style given as XML. */
    private static final String XML_REQUEST = "(XML)";

    /** The last part of the style's {@code <info><id>}, or "custom" when it has none that is a plain id. */
    private static String infoId(String xml, String where) {
        Element root = parse(xml, where).getDocumentElement();
        NodeList infos = root.getElementsByTagNameNS("*", "info");
        if (infos.getLength() > 0) {
            NodeList ids = ((Element) infos.item(0)).getElementsByTagNameNS("*", "id");
            if (ids.getLength() > 0) {
                String value = ids.item(0).getTextContent().strip();
                while (value.endsWith("/")) {
                    value = value.substring(0, value.length() - 1);
                }
                String last = value.substring(value.lastIndexOf('/') + 1);
                if (ID.matcher(last).matches()) {
                    return last;
                }
            }
        }
        return "custom";
    }

    private Loaded fromFile(String requested, Path file, ResolvedStyle.Origin origin) {
        String xml = readFile(file);
        String fileName = file.getFileName().toString();
        String id = fileName.toLowerCase(Locale.ROOT).endsWith(".csl")
                ? fileName.substring(0, fileName.length() - ".csl".length())
                : fileName;
        String parentId = parentId(xml, file.toString());
        if (parentId == null) {
            return new Loaded(new ResolvedStyle(requested, id, origin, file, null), xml);
        }
        Loaded parent = parent(parentId, "The style " + file);
        // The dependent file adds only metadata (and at most a default locale), so the parent's layout is what
        // renders; citeproc-java does the same for bundled dependent styles.
        return new Loaded(new ResolvedStyle(requested, id, origin, file, parentId), parent.cslSource());
    }

    /**
     * The independent parent of a dependent style, from the styles directory or the bundled repository.
     *
     * @param child names the dependent style in error messages, e.g. "The style /path/to/x.csl"
     */
    private Loaded parent(String parentId, String child) {
        Loaded parent = ID.matcher(parentId).matches() ? findById(parentId, parentId) : null;
        if (parent == null) {
            throw new IllegalArgumentException(child + " is a dependent style: it only links to its parent '"
                    + parentId + "', which is neither bundled nor a file " + parentId + ".csl in " + stylesDirectory
                    + ". Put the parent there, or use an independent style.");
        }
        if (parent.style().isDependent()) {
            throw new IllegalArgumentException(child + " links to the parent '" + parentId
                    + "', which is itself dependent; a parent must be an independent style");
        }
        return parent;
    }

    /**
     * The id of the independent parent a dependent style links to, or null if the style is independent.
     *
     * @param where names the style in error messages
     * @throws IllegalArgumentException if the text is not a well-formed CSL style
     */
    private static String parentId(String xml, String where) {
        Element root = parse(xml, where).getDocumentElement();
        if (!"style".equals(root.getLocalName())) {
            throw new IllegalArgumentException("The " + (where.equals(GIVEN_AS_XML) ? "" : "file ") + where
                    + " is not a CSL style: its root element is <"
                    + root.getTagName() + ">, not <style>");
        }
        NodeList links = root.getElementsByTagNameNS("*", "link");
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element) links.item(i);
            if ("independent-parent".equals(link.getAttribute("rel").strip())) {
                String trimmed = link.getAttribute("href").strip();
                while (trimmed.endsWith("/")) {
                    trimmed = trimmed.substring(0, trimmed.length() - 1);
                }
                // Parent links are style URLs ("http://www.zotero.org/styles/apa"); the id is their last segment.
                String last = trimmed.substring(trimmed.lastIndexOf('/') + 1);
                return last.endsWith(".csl") ? last.substring(0, last.length() - 4) : last;
            }
        }
        return null;
    }

    /**
     * Parses a style, quietly and safely. citeproc-java parses with a default {@link DocumentBuilderFactory}, which
     * prints "[Fatal Error]" to standard error on bad input and resolves external entities; checking here first
     * means a broken file fails with a message instead, and a file with a DOCTYPE (the door to XXE) never reaches
     * citeproc-java. CSL styles have no DOCTYPE.
     */
    static Document parse(String xml, String where) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // Warnings (such as a missing schema) do not stop citeproc-java either.
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (SAXException e) {
            throw new IllegalArgumentException("The style " + where + " is not well-formed XML: " + e.getMessage(),
                    e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The XML parser cannot be configured safely", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the style " + where, e);
        }
    }

    private static String readFile(Path file) {
        String xml;
        try {
            xml = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the style file " + file, e);
        }
        // citeproc-java decides "XML or style name?" by the first non-blank character, and a byte-order mark is
        // not blank: a BOM would make it look the whole XML up as a style name.
        if (xml.startsWith("\uFEFF")) {
            xml = xml.substring(1);
        }
        if (!xml.stripLeading().startsWith("<")) {
            throw new IllegalArgumentException("The file " + file + " is not a CSL style: it is not XML");
        }
        return xml;
    }

    static String readBundled(String resource) {
        URL url = CSL.class.getResource("/" + resource);
        if (url == null) {
            throw new IllegalStateException("Bundled style vanished: " + resource);
        }
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled style " + resource, e);
        }
    }

    /** How many bundled styles an unknown id suggests at most. */
    private static final int SUGGESTIONS = 5;

    /**
     * The bundled styles an unknown id may have meant: those whose id, title or short title contains it (an id
     * renamed upstream, such as {@code modern-humanities-research-association}, lives on in the short title of
     * {@code mhra-notes}); an empty string if none.
     */
    private static String nearMatches(String id) {
        java.util.List<BundledStyle> near;
        try {
            // Styles with the word in their id first: "vancouver" should name the vancouver styles before the
            // ones that say "Vancouver" in their title only.
            near = Styles.search(id).stream()
                    .sorted(java.util.Comparator.comparing((BundledStyle s) -> !s.id().contains(id.toLowerCase(Locale.ROOT))))
                    .toList();
        } catch (UncheckedIOException e) {
            return ""; // the suggestion is a courtesy: the unknown name is the error to report
        }
        if (near.isEmpty()) {
            return "";
        }
        String listed = near.stream().limit(SUGGESTIONS).map(s -> s.id() + " (" + s.title() + ")")
                .collect(Collectors.joining(", "));
        return "Bundled styles that match: " + listed + (near.size() > SUGGESTIONS
                ? " and " + (near.size() - SUGGESTIONS) + " more (ibidem styles " + id + ")" : "") + ". ";
    }

    private IllegalArgumentException unknown(String name) {
        return new IllegalArgumentException("Unknown style '" + name + "'. " + choices());
    }

    private String choices() {
        String aliases = Styles.aliases().entrySet().stream()
                .map(e -> e.getKey() + " (" + e.getValue() + ")")
                .collect(Collectors.joining(", "));
        return "Use an alias: " + aliases + "; or the id of a file <id>.csl in " + stylesDirectory
                + "; or the id of a bundled CSL style (the last part of its address on https://www.zotero.org/styles,"
                + " e.g. chicago-shortened-notes-bibliography); or a path to a .csl file.";
    }

    @Override
    public String toString() {
        return "StyleResolver[stylesDirectory=" + stylesDirectory + "]";
    }
}
