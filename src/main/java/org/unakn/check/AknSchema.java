package org.unakn.check;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.Source;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Validation against the official OASIS Akoma Ntoso 3.0 schema, unpacked onto the class path at
 * build time. The compiled schema is built once per JVM (it takes ~0.5 s) and shared; each
 * validation gets its own validator, so this is thread-safe.
 */
public final class AknSchema {
    private static final String XSD = "/xsd/akomantoso30.xsd";

    private static final class Holder {
        static final Schema SCHEMA = compile();
    }

    private AknSchema() {
    }

    private static Schema compile() {
        URL xsd = AknSchema.class.getResource(XSD);
        if (xsd == null) {
            throw new IllegalStateException("the AKN schema " + XSD + " is not on the class path; build with mvn package");
        }
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            // the schema imports only xml.xsd, beside it in the jar; nothing may be fetched from outside
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "jar,file");
            return factory.newSchema(new StreamSource(xsd.openStream(), xsd.toExternalForm()));
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("cannot compile the AKN schema: " + e.getMessage(), e);
        }
    }

    /**
     * Validates a document given as text. It is parsed with DOCTYPE declarations refused, so a
     * hostile file can neither read local files through external entities nor expand entities
     * without bound; the refusal is reported as a problem at its line.
     */
    public static List<Problem> validate(String xml) {
        try {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            XMLReader reader = f.newSAXParser().getXMLReader();
            return validate(new SAXSource(reader, new InputSource(new StringReader(xml))));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("cannot set up a safe XML parser: " + e.getMessage(), e);
        }
    }

    static List<Problem> validate(Source source) {
        List<Problem> problems = new ArrayList<>();
        Validator validator = Holder.SCHEMA.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                problems.add(new Problem(e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
            }

            @Override
            public void fatalError(SAXParseException e) {
                problems.add(new Problem(e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
            }
        });
        try {
            validator.validate(source);
        } catch (SAXParseException e) {
            if (problems.isEmpty()) {
                problems.add(new Problem(e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
            }
        } catch (SAXException | IOException e) {
            problems.add(new Problem(0, 0, e.getMessage()));
        }
        return problems;
    }
}
