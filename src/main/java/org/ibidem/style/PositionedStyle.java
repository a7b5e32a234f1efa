package org.ibidem.style;

import java.io.StringWriter;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A style rewritten so that citeproc-java renders the branch of one {@link CitePosition}, with the affixes and
 * delimiter of its citation layout taken out.
 *
 * <p>citeproc-java evaluates {@code position} tests itself and only as {@code first} or {@code ibid}, so every
 * token of every {@code position} test is replaced by one whose truth, for a first cite in a fresh processor, is
 * the truth of the token for the wanted position: {@code first} (true there) or {@code ibid} (false there).
 * Each cite is rendered alone; the layout's prefix, suffix and delimiter are put back around the note's cites
 * by {@link CitationFormatter}, as a processor would for a note with several.
 *
 * @param xml       the rewritten style
 * @param prefix    the citation layout's prefix, "" if none
 * @param suffix    the citation layout's suffix ("." in Chicago notes), "" if none
 * @param delimiter the citation layout's delimiter between cites ("; "), "" if none
 * @param noteStyle whether the style's class is "note": its citations are footnotes
 */
record PositionedStyle(String xml, String prefix, String suffix, String delimiter, boolean noteStyle) {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final String TRUE_HERE = "first";
    private static final String FALSE_HERE = "ibid";

    static PositionedStyle of(String styleXml, CitePosition position, String where) {
        Document doc = StyleResolver.parse(styleXml, where);
        Element root = doc.getDocumentElement();
        NodeList all = root.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            String name = e.getLocalName();
            if (("if".equals(name) || "else-if".equals(name)) && e.hasAttribute("position")) {
                StringBuilder tokens = new StringBuilder();
                for (String token : SPACES.split(e.getAttribute("position").strip())) {
                    if (!token.isEmpty()) {
                        tokens.append(tokens.length() == 0 ? "" : " ")
                                .append(position.satisfies(token) ? TRUE_HERE : FALSE_HERE);
                    }
                }
                e.setAttribute("position", tokens.toString());
            }
        }
        String prefix = "";
        String suffix = "";
        String delimiter = "";
        NodeList citations = root.getElementsByTagNameNS("*", "citation");
        if (citations.getLength() == 0) {
            throw new IllegalArgumentException("The style " + where + " has no citation layout");
        }
        NodeList layouts = ((Element) citations.item(0)).getElementsByTagNameNS("*", "layout");
        if (layouts.getLength() > 0) {
            Element layout = (Element) layouts.item(0);
            prefix = layout.getAttribute("prefix");
            suffix = layout.getAttribute("suffix");
            delimiter = layout.getAttribute("delimiter");
            layout.removeAttribute("prefix");
            layout.removeAttribute("suffix");
            layout.removeAttribute("delimiter");
        }
        boolean note = "note".equals(root.getAttribute("class").strip());
        return new PositionedStyle(write(doc), prefix, suffix, delimiter, note);
    }

    private static String write(Document doc) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("Cannot write the rewritten style", e);
        }
    }
}
