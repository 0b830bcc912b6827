package org.unakn.akn;

import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.unakn.akn.jaxb.Meta;
import org.unakn.model.Annex;
import org.unakn.model.Block;
import org.unakn.model.BodyNode;
import org.unakn.model.Division;
import org.unakn.model.Footnote;
import org.unakn.model.Identity;
import org.unakn.model.Point;
import org.unakn.model.PreambularParagraph;
import org.unakn.model.Resolution;
import org.unakn.model.RichText;
import org.unakn.model.Span;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Writes a {@link Resolution} as an AKN4UN document. The body is streamed with StAX so that mixed
 * content is written exactly as the model holds it (JAXB would insert spaces and line breaks into
 * it); {@code <meta>} is the JAXB model from {@link MetaBuilder}. Whitespace is added only between
 * block elements, where it carries no meaning. Thread-safe: each call has its own state.
 */
public final class AknWriter {
    public static final String NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    public String write(Resolution resolution, LocalDate markupDate) {
        StringWriter out = new StringWriter(16_384);
        try {
            XMLStreamWriter x = OUTPUT.createXMLStreamWriter(out);
            new Doc(x, resolution).write(markupDate);
            x.close();
        } catch (XMLStreamException | JAXBException | ParserConfigurationException e) {
            throw new IllegalStateException("could not write AKN: " + e.getMessage(), e);
        }
        return out.toString();
    }

    /** The state of writing one document. */
    private static final class Doc {
        final XMLStreamWriter x;
        final Resolution r;
        final Eids eids = new Eids();
        final Map<String, String> noteEids = new HashMap<>();
        int depth;

        Doc(XMLStreamWriter x, Resolution r) {
            this.x = x;
            this.r = r;
        }

        void write(LocalDate markupDate) throws XMLStreamException, JAXBException, ParserConfigurationException {
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("akomaNtoso");
            x.writeDefaultNamespace(NS);
            depth++;
            open("statement", "name", "resolution", "contains", "originalVersion");
            meta(MetaBuilder.build(r.identity(), markupDate, tlcs()));
            coverPage();
            preface();
            preamble();
            mainBody();
            conclusions();
            attachments(markupDate);
            close();
            depth--;
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeEndDocument();
        }

        // ---- blocks

        private void coverPage() throws XMLStreamException {
            if (r.masthead().cover().isEmpty()) {
                return;
            }
            open("coverPage");
            String ctx = eids.counted("coverPage", "container");
            open("container", "eId", ctx, "name", "masthead");
            for (RichText line : r.masthead().cover()) {
                paragraph(line, ctx);
            }
            close();
            close();
        }

        private void preface() throws XMLStreamException {
            if (r.masthead().preface().isEmpty() && r.title() == null) {
                return;
            }
            open("preface");
            for (RichText line : r.masthead().preface()) {
                paragraph(line, "preface");
            }
            if (r.title() != null) {
                paragraph(r.title(), "preface");
            }
            close();
        }

        private void preamble() throws XMLStreamException {
            if (r.formula() == null && r.preamble().isEmpty()) {
                return;
            }
            open("preamble");
            if (r.formula() != null) {
                String formula = eids.counted("preamble", "formula");
                open("formula", "eId", formula, "name", Vocabulary.PREFIX + "enactingAuthority");
                paragraph(r.formula(), formula);
                close();
            }
            for (PreambularParagraph p : r.preamble()) {
                String ctx = eids.counted("preamble", "container");
                open("container", "eId", ctx, "name", p.name());
                paragraph(p.text(), ctx);
                close();
            }
            close();
        }

        private void mainBody() throws XMLStreamException {
            open("mainBody");
            for (BodyNode n : r.operative()) {
                node(n, null);
            }
            close();
        }

        private void node(BodyNode n, String context) throws XMLStreamException {
            if (n instanceof Point p) {
                // an unnumbered paragraph among numbered ones is counted apart, so its eId cannot clash
                String eId = p.num() != null ? eids.numbered(context, "para", p.num())
                        : r.operative().size() == 1 ? eids.counted(context, "para") : eids.counted(context, "para_u");
                item("paragraph", eId, p);
            } else if (n instanceof Block b) {
                String eId = eids.counted(context, "hcontainer");
                open("hcontainer", "eId", eId, "name", "unnumberedParagraph");
                open("content");
                paragraph(b.text(), eId);
                close();
                close();
            } else {
                division((Division) n, context);
            }
        }

        private void division(Division d, String context) throws XMLStreamException {
            String eId;
            if (d.kind() == Division.Kind.PREAMBLE) {
                eId = eids.counted(context, "hcontainer");
                open("hcontainer", "eId", eId, "name", "preamble");
            } else {
                String[] abbreviation = switch (d.kind()) {
                    case PART -> new String[] {"part", "part"};
                    case CHAPTER -> new String[] {"chapter", "chp"};
                    case ARTICLE -> new String[] {"article", "art"};
                    default -> new String[] {"section", "sec"};
                };
                String[] tokens = d.num().strip().split("\\s+");
                eId = eids.numbered(context, abbreviation[1], tokens[tokens.length - 1]);
                open(abbreviation[0], "eId", eId);
                leaf("num", d.num());
            }
            if (d.heading() != null) {
                start("heading");
                inline(d.heading(), eId);
                x.writeEndElement();
            }
            if (d.children().isEmpty()) {
                open("content");
                indent();
                x.writeEmptyElement("p");
                close();
            }
            for (BodyNode c : d.children()) {
                node(c, eId);
            }
            close();
        }

        private void attachments(LocalDate markupDate) throws XMLStreamException, JAXBException, ParserConfigurationException {
            if (r.annexes().isEmpty()) {
                return;
            }
            open("attachments");
            for (Annex a : r.annexes()) {
                String att = eids.counted(null, "att");
                open("attachment", "eId", att);
                open("doc", "name", "annex");
                meta(MetaBuilder.buildComponent(r.identity(), markupDate, componentName(a)));
                open("preface");
                paragraph(a.heading(), att);
                for (RichText t : a.title()) {
                    indent();
                    x.writeStartElement("p");
                    x.writeStartElement("docTitle");
                    inline(t, att);
                    x.writeEndElement();
                    x.writeEndElement();
                }
                close();
                open("mainBody");
                for (BodyNode n : a.body()) {
                    node(n, att);
                }
                if (a.body().isEmpty()) {
                    indent();
                    x.writeEmptyElement("p");
                }
                close();
                close();
                close();
            }
            close();
        }

        /** "Annex" -> "annex", "Annex II" -> "annex_II": the component name in the annex's IRIs. */
        private static String componentName(Annex a) {
            String[] words = a.heading().text().strip().split("\\s+");
            return words.length > 1 ? "annex_" + words[words.length - 1] : "annex";
        }

        /** A paragraph or point: num, then content, or intro + points + wrapUp in a list. */
        private void item(String element, String eId, Point p) throws XMLStreamException {
            open(element, "eId", eId);
            if (p.num() != null) {
                leaf("num", p.num());
            }
            if (!p.adopted().isEmpty()) {
                // the adopted text (a declaration) goes inside the paragraph that adopts it
                open("content");
                indent();
                x.writeStartElement("p");
                inline(p.text(), eId);
                String embedded = eids.counted(eId, "embeddedStructure");
                element("embeddedStructure", "eId", embedded);
                depth++;
                for (BodyNode n : p.adopted()) {
                    node(n, embedded);
                }
                close();
                x.writeEndElement();
                close();
            } else if (!p.hasItems()) {
                open("content");
                paragraph(p.text(), eId);
                close();
            } else {
                String list = eids.counted(eId, "list");
                open("list", "eId", list);
                if (!p.text().isEmpty()) {
                    String intro = eids.single(list, "intro");
                    open("intro", "eId", intro);
                    paragraph(p.text(), intro);
                    close();
                }
                for (Point child : p.items()) {
                    item("point", eids.numbered(list, "point", child.num()), child);
                }
                if (p.wrapUp() != null) {
                    String wrap = eids.single(list, "wrapup");
                    open("wrapUp", "eId", wrap);
                    paragraph(p.wrapUp(), wrap);
                    close();
                }
                close();
            }
            close();
        }

        private void conclusions() throws XMLStreamException {
            if (r.conclusions().isEmpty()) {
                return;
            }
            open("conclusions");
            String ctx = eids.counted("conclusions", "container");
            open("container", "eId", ctx, "name", "conclusion");
            for (RichText line : r.conclusions()) {
                paragraph(line, ctx);
            }
            close();
            close();
        }

        // ---- inline

        private void paragraph(RichText t, String context) throws XMLStreamException {
            indent();
            x.writeStartElement("p");
            inline(t, context);
            x.writeEndElement();
        }

        /** Writes text with its spans as nested elements and its call-outs as notes, in one pass. */
        private void inline(RichText t, String context) throws XMLStreamException {
            String s = t.text();
            List<Span> spans = t.spans();
            List<RichText.Callout> callouts = new ArrayList<>(t.callouts());
            callouts.sort(java.util.Comparator.comparingInt(RichText.Callout::offset));
            Deque<Span> openSpans = new ArrayDeque<>();
            int written = 0;
            int si = 0;
            int ci = 0;
            for (int i = 0; i <= s.length(); i++) {
                while (!openSpans.isEmpty() && openSpans.peek().end() == i) {
                    x.writeCharacters(s.substring(written, i));
                    written = i;
                    x.writeEndElement();
                    openSpans.pop();
                }
                while (ci < callouts.size() && Math.min(callouts.get(ci).offset(), s.length()) == i) {
                    x.writeCharacters(s.substring(written, i));
                    written = i;
                    note(callouts.get(ci).marker(), context);
                    ci++;
                }
                while (si < spans.size() && spans.get(si).start() == i) {
                    Span span = spans.get(si++);
                    if (span.end() == span.start()) {
                        continue;
                    }
                    x.writeCharacters(s.substring(written, i));
                    written = i;
                    startSpan(span, context);
                    openSpans.push(span);
                }
            }
            x.writeCharacters(s.substring(written));
        }

        private void startSpan(Span span, String context) throws XMLStreamException {
            Identity id = r.identity();
            switch (span.kind()) {
                case REF -> element("ref", "eId", eids.counted(context, "ref"), "href", span.value());
                case MREF -> element("mref", "eId", eids.counted(context, "mref"));
                case DATE -> element("date", "date", span.value());
                case PREAMBULAR_PHRASE -> element("inline", "name", Vocabulary.PREFIX + "preambularPhrase");
                case OPERATIVE_VERB -> element("inline", "name", Vocabulary.PREFIX + "operativeVerb",
                        "refersTo", "#" + Vocabulary.verbConcept(span.value()));
                case DOC_NUMBER -> element("docNumber");
                case DOC_TITLE -> element("docTitle");
                case ADOPTION_DATE -> element("docDate", "date", span.value(), "refersTo", "#" + Vocabulary.ADOPTION_DATE);
                case ISSUE_DATE -> element("docDate", "date", span.value(), "refersTo", "#" + Vocabulary.PUBLICATION_DATE);
                case MEETING -> element("event", "eId", eids.counted(context, "event"),
                        "refersTo", "#" + Vocabulary.meetingEvent(id, span.value()));
                case AUTHORITY -> element("docAuthority", "refersTo", "#" + span.value());
                case SYMBOL -> element("docNumber", "refersTo", "#" + Vocabulary.SYMBOL);
                case DISTRIBUTION -> element("inline", "name", Vocabulary.PREFIX + "distribution", "refersTo", "#" + Vocabulary.DISTRIBUTION);
                case SESSION -> element("session");
                case AGENDA_ITEM -> element("inline", "name", Vocabulary.PREFIX + "agendaItem", "refersTo", "#" + Vocabulary.AGENDA_ITEM);
                case DOC_TYPE -> element("docType");
                case PROPONENT -> element("docProponent", "refersTo", "#" + span.value());
            }
        }

        /**
         * The first call of a footnote carries the note itself; a later call of the same footnote
         * (printed once, called twice) becomes a noteRef to it, so its text is not duplicated.
         */
        private void note(String marker, String context) throws XMLStreamException {
            x.writeStartElement("sup");
            String first = noteEids.get(marker);
            if (first != null) {
                x.writeEmptyElement("noteRef");
                x.writeAttribute("href", "#" + first);
                x.writeAttribute("marker", marker);
                x.writeAttribute("placement", "bottom");
            } else {
                String eId = eids.counted(context, "authorialNote");
                noteEids.put(marker, eId);
                Footnote f = r.footnote(marker);
                element("authorialNote", "eId", eId, "marker", marker, "placement", "bottom");
                x.writeStartElement("p");
                inline(f.text(), eId);
                x.writeEndElement();
                x.writeEndElement();
            }
            x.writeEndElement();
        }

        // ---- TLC references the body points to

        private List<MetaBuilder.Tlc> tlcs() {
            Map<String, MetaBuilder.Tlc> tlcs = new LinkedHashMap<>();
            Identity id = r.identity();
            String onto = Vocabulary.ONTOLOGY;
            add(tlcs, MetaBuilder.Tlc.Type.ORGANIZATION, id.organ().tlcId(), onto + "organization/un/" + id.organ().actor(), id.organ().englishName());
            add(tlcs, MetaBuilder.Tlc.Type.ORGANIZATION, Vocabulary.CONVERTER, onto + "organization/unakn", "unakn converter");
            add(tlcs, MetaBuilder.Tlc.Type.ROLE, Vocabulary.AUTHOR_ROLE, onto + "role/un/author", "Author");
            add(tlcs, MetaBuilder.Tlc.Type.ROLE, Vocabulary.EDITOR_ROLE, onto + "role/un/editor", "Editor");
            r.texts().flatMap(t -> t.spans().stream()).forEach(s -> {
                switch (s.kind()) {
                    case OPERATIVE_VERB -> add(tlcs, MetaBuilder.Tlc.Type.CONCEPT, Vocabulary.verbConcept(s.value()),
                            onto + "concept/un/operativeVerb/" + s.value(), s.value());
                    case ADOPTION_DATE -> add(tlcs, MetaBuilder.Tlc.Type.CONCEPT, Vocabulary.ADOPTION_DATE,
                            onto + "concept/un/adoptionDate", "date of adoption");
                    case ISSUE_DATE -> add(tlcs, MetaBuilder.Tlc.Type.CONCEPT, Vocabulary.PUBLICATION_DATE,
                            onto + "concept/un/publicationDate", "date of issue");
                    case MEETING -> add(tlcs, MetaBuilder.Tlc.Type.EVENT, Vocabulary.meetingEvent(id, s.value()),
                            Vocabulary.meetingEventIri(id, s.value()), "meeting " + s.value());
                    case SYMBOL -> add(tlcs, MetaBuilder.Tlc.Type.CONCEPT, Vocabulary.SYMBOL,
                            onto + "concept/un/documentSymbol", "document symbol");
                    case DISTRIBUTION -> add(tlcs, MetaBuilder.Tlc.Type.CONCEPT, Vocabulary.DISTRIBUTION,
                            onto + "concept/un/distributionGeneral", "Distr.: General");
                    case AGENDA_ITEM -> add(tlcs, MetaBuilder.Tlc.Type.CONCEPT, Vocabulary.AGENDA_ITEM,
                            onto + "concept/un/agendaItem", "agenda item");
                    case AUTHORITY, PROPONENT -> add(tlcs, MetaBuilder.Tlc.Type.ORGANIZATION, s.value(),
                            onto + "organization/un/" + s.value(), s.value());
                    default -> { }
                }
            });
            return List.copyOf(tlcs.values());
        }

        private static void add(Map<String, MetaBuilder.Tlc> tlcs, MetaBuilder.Tlc.Type type, String eId, String href, String showAs) {
            tlcs.putIfAbsent(eId, new MetaBuilder.Tlc(type, eId, href, showAs));
        }

        // ---- meta: JAXB to DOM, then written through the same writer with indentation

        private void meta(Meta meta) throws JAXBException, ParserConfigurationException, XMLStreamException {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            Document dom = f.newDocumentBuilder().newDocument();
            Marshaller m = MetaXml.context().createMarshaller();
            m.marshal(new JAXBElement<>(new QName(NS, "meta"), Meta.class, meta), dom);
            copy(dom.getDocumentElement());
        }

        private void copy(Element e) throws XMLStreamException {
            List<Element> children = new ArrayList<>();
            for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element c) {
                    children.add(c);
                }
            }
            indent();
            if (children.isEmpty()) {
                x.writeEmptyElement(e.getLocalName());
            } else {
                x.writeStartElement(e.getLocalName());
            }
            NamedNodeMap attrs = e.getAttributes();
            for (int i = 0; i < attrs.getLength(); i++) {
                Node a = attrs.item(i);
                if (a.getNodeName().startsWith("xmlns")) {
                    continue;
                }
                x.writeAttribute(a.getLocalName() == null ? a.getNodeName() : a.getLocalName(), a.getNodeValue());
            }
            if (!children.isEmpty()) {
                depth++;
                for (Element c : children) {
                    copy(c);
                }
                depth--;
                indent();
                x.writeEndElement();
            }
        }

        // ---- writing primitives

        private void open(String name, String... attributes) throws XMLStreamException {
            indent();
            element(name, attributes);
            depth++;
        }

        private void close() throws XMLStreamException {
            depth--;
            indent();
            x.writeEndElement();
        }

        private void start(String name) throws XMLStreamException {
            indent();
            x.writeStartElement(name);
        }

        private void leaf(String name, String text) throws XMLStreamException {
            indent();
            x.writeStartElement(name);
            x.writeCharacters(text);
            x.writeEndElement();
        }

        private void element(String name, String... attributes) throws XMLStreamException {
            x.writeStartElement(name);
            for (int i = 0; i < attributes.length; i += 2) {
                x.writeAttribute(attributes[i], attributes[i + 1]);
            }
        }

        private void indent() throws XMLStreamException {
            x.writeCharacters("\n" + "  ".repeat(depth));
        }
    }
}
