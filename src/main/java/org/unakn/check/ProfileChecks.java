package org.unakn.check;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.unakn.akn.jaxb.FRBRExpression;
import org.unakn.akn.jaxb.FRBRManifestation;
import org.unakn.akn.jaxb.FRBRWork;
import org.unakn.akn.jaxb.Identification;
import org.unakn.akn.jaxb.Meta;

/**
 * The checks of the UN profile that the schema cannot express: eIds present where the naming
 * convention requires them, well-formed and unique; every "#..." pointer resolves; the FRBR IRIs
 * agree with the FRBR fields and with each other; the expression language is one of the six.
 * The metadata is read with the JAXB model.
 */
public final class ProfileChecks {
    private static final Set<String> NEED_EID = Set.of("paragraph", "list", "intro", "point", "wrapUp", "section",
            "part", "title", "division", "container", "formula", "crossHeading", "authorialNote", "ref", "mref",
            "event", "role", "organization", "attachment");
    private static final Pattern EID = Pattern.compile("[A-Za-z][\\p{L}\\p{N}\\-.]*(?:_[\\p{L}\\p{N}\\-.]+)*(?:__[A-Za-z][\\p{L}\\p{N}\\-.]*(?:_[\\p{L}\\p{N}\\-.]+)*)*");
    private static final Set<String> LANGUAGES = Set.of("ara", "zho", "eng", "fra", "rus", "spa");
    private static final Set<String> POINTER_ATTRIBUTES = Set.of("href", "refersTo", "as", "source");

    private ProfileChecks() {
    }

    public static List<Problem> check(String xml) {
        List<Problem> problems = new ArrayList<>();
        Map<String, int[]> eIds = new HashMap<>();
        List<Object[]> pointers = new ArrayList<>();
        String docType = null;
        try {
            XMLStreamReader r = Xml.reader(xml);
            int depth = 0;
            while (r.hasNext()) {
                if (r.next() != XMLStreamConstants.START_ELEMENT) {
                    if (r.getEventType() == XMLStreamConstants.END_ELEMENT) {
                        depth--;
                    }
                    continue;
                }
                depth++;
                String name = r.getLocalName();
                int line = r.getLocation().getLineNumber();
                int col = r.getLocation().getColumnNumber();
                if (depth == 2) {
                    docType = name;
                }
                String eId = r.getAttributeValue(null, "eId");
                if (eId != null) {
                    if (!EID.matcher(eId).matches()) {
                        problems.add(new Problem(line, col, "eId '" + eId + "' does not follow the naming convention"));
                    }
                    if (eIds.putIfAbsent(eId, new int[] {line, col}) != null) {
                        problems.add(new Problem(line, col, "eId '" + eId + "' is not unique"));
                    }
                } else if (NEED_EID.contains(name)) {
                    problems.add(new Problem(line, col, "<" + name + "> has no eId"));
                }
                for (int i = 0; i < r.getAttributeCount(); i++) {
                    if (POINTER_ATTRIBUTES.contains(r.getAttributeLocalName(i))) {
                        for (String token : r.getAttributeValue(i).trim().split("\\s+")) {
                            if (token.startsWith("#")) {
                                pointers.add(new Object[] {token.substring(1), line, col, r.getAttributeLocalName(i)});
                            }
                        }
                    }
                }
            }
        } catch (XMLStreamException e) {
            problems.add(new Problem(e.getLocation() == null ? 0 : e.getLocation().getLineNumber(),
                    e.getLocation() == null ? 0 : e.getLocation().getColumnNumber(), "not well-formed: " + message(e)));
            return problems;
        }
        for (Object[] p : pointers) {
            if (!eIds.containsKey((String) p[0])) {
                problems.add(new Problem((int) p[1], (int) p[2], p[3] + "=\"#" + p[0] + "\" points to no eId in the document"));
            }
        }
        problems.addAll(frbr(xml, docType));
        return problems;
    }

    /** StAX puts the location into the message on a line of its own; keep only the message. */
    private static String message(XMLStreamException e) {
        String m = String.valueOf(e.getMessage());
        int at = m.indexOf("Message: ");
        return at >= 0 ? m.substring(at + "Message: ".length()).strip() : m.strip();
    }

    private static List<Problem> frbr(String xml, String docType) {
        List<Problem> problems = new ArrayList<>();
        Meta meta;
        int line;
        try {
            XMLStreamReader r = Xml.reader(xml);
            while (r.hasNext() && !(r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("meta"))) {
                // advance to the first <meta>
            }
            if (!r.hasNext()) {
                return List.of(new Problem(0, 0, "no <meta> block"));
            }
            line = r.getLocation().getLineNumber();
            Unmarshaller u = org.unakn.akn.MetaXml.context().createUnmarshaller();
            meta = u.unmarshal(r, Meta.class).getValue();
        } catch (XMLStreamException | JAXBException e) {
            return List.of(new Problem(0, 0, "cannot read <meta>: " + e.getMessage()));
        }
        Identification id = meta.getIdentification();
        if (id == null) {
            return List.of(new Problem(line, 0, "no <identification> in <meta>"));
        }
        FRBRWork w = id.getFRBRWork();
        FRBRExpression e = id.getFRBRExpression();
        FRBRManifestation m = id.getFRBRManifestation();
        String workUri = first(w.getFRBRuri());
        String country = w.getFRBRcountry() == null ? null : w.getFRBRcountry().getValue();
        String subtype = w.getFRBRsubtype() == null ? null : w.getFRBRsubtype().getValue();
        String number = w.getFRBRnumber().isEmpty() ? null : w.getFRBRnumber().get(0).getValue();
        String date = w.getFRBRdate().isEmpty() ? null : w.getFRBRdate().get(0).getDate();
        String[] parts = workUri == null ? new String[0] : workUri.split("/");
        // "", "akn", country, docType, subtype, actor, date, number
        if (parts.length != 8 || !parts[1].equals("akn")) {
            problems.add(new Problem(line, 0, "Work FRBRuri '" + workUri + "' is not /akn/{country}/{docType}/{subtype}/{actor}/{date}/{number}"));
        } else {
            expect(problems, line, "Work IRI country", parts[2], country);
            expect(problems, line, "Work IRI document type", parts[3], docType);
            expect(problems, line, "Work IRI subtype", parts[4], subtype);
            expect(problems, line, "Work IRI date", parts[6], date);
            expect(problems, line, "Work IRI number", parts[7], number);
        }
        expect(problems, line, "Work FRBRthis", value(w.getFRBRthis()), workUri + "/!main");
        String language = e.getFRBRlanguage().isEmpty() ? null : e.getFRBRlanguage().get(0).getLanguage();
        if (!LANGUAGES.contains(language)) {
            problems.add(new Problem(line, 0, "expression language '" + language + "' is not one of " + LANGUAGES + " (ISO 639-2/T)"));
        }
        String exprDate = e.getFRBRdate().isEmpty() ? null : e.getFRBRdate().get(0).getDate();
        String exprUri = first(e.getFRBRuri());
        expect(problems, line, "Expression FRBRuri", exprUri, workUri + "/" + language + "@" + exprDate);
        expect(problems, line, "Expression FRBRthis", value(e.getFRBRthis()), exprUri + "/!main");
        expect(problems, line, "Manifestation FRBRuri", first(m.getFRBRuri()), exprUri + ".akn");
        expect(problems, line, "Manifestation FRBRthis", value(m.getFRBRthis()), exprUri + "/!main.xml");
        return problems;
    }

    private static void expect(List<Problem> problems, int line, String what, String actual, String expected) {
        if (actual == null || !actual.equals(expected)) {
            problems.add(new Problem(line, 0, what + " is '" + actual + "', expected '" + expected + "'"));
        }
    }

    private static String first(List<org.unakn.akn.jaxb.ValueType> values) {
        return values.isEmpty() ? null : values.get(0).getValue();
    }

    private static String value(org.unakn.akn.jaxb.ValueType v) {
        return v == null ? null : v.getValue();
    }
}
