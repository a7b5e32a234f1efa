package org.ibidem.style;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads a CSL style's XML as citeproc-java does (not namespace-aware: elements are matched by their plain names),
 * for the parts of a style Ibidem reads itself ({@link StyleTraits}, {@link ReferenceSort}). A style may be a
 * user's file, so no document type declaration and no external entity is ever loaded.
 */
final class StyleXml {

    private StyleXml() {
    }

    /** The root element of the style. */
    static Element root(String styleXml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(styleXml)))
                    .getDocumentElement();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("Could not parse style", e);
        }
    }
}
