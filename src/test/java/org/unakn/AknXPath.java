package org.unakn;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import javax.xml.transform.Source;
import org.w3c.dom.Node;
import org.xmlunit.builder.Input;
import org.xmlunit.xpath.JAXPXPathEngine;

/** XPath over an AKN document with the AKN namespace bound to the prefix "a". */
public final class AknXPath {
    private final Source source;
    private final JAXPXPathEngine engine = new JAXPXPathEngine();

    public AknXPath(String xml) {
        this.source = Input.fromString(xml).build();
        engine.setNamespaceContext(Map.of("a", "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"));
    }

    public String value(String xpath) {
        return engine.evaluate(xpath, source);
    }

    public int count(String xpath) {
        return Integer.parseInt(engine.evaluate("count(" + xpath + ")", source));
    }

    public List<String> values(String xpath) {
        Iterable<Node> nodes = engine.selectNodes(xpath, source);
        return StreamSupport.stream(nodes.spliterator(), false).map(Node::getTextContent).toList();
    }
}
