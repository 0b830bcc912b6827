package org.unakn.check;

import java.io.StringReader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Safe XML reading: no DTDs, no external entities, so a hostile file can neither read local files
 * nor expand entities without bound.
 */
public final class Xml {
    private static final XMLInputFactory INPUT = safeFactory();

    private Xml() {
    }

    private static XMLInputFactory safeFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    public static XMLStreamReader reader(String xml) throws XMLStreamException {
        return INPUT.createXMLStreamReader(new StringReader(xml));
    }
}
