package org.unakn.akn;

import jakarta.xml.bind.JAXBElement;
import java.time.LocalDate;
import java.util.List;
import org.unakn.akn.jaxb.BooleanValueType;
import org.unakn.akn.jaxb.CoreProperties;
import org.unakn.akn.jaxb.FRBRExpression;
import org.unakn.akn.jaxb.FRBRManifestation;
import org.unakn.akn.jaxb.FRBRWork;
import org.unakn.akn.jaxb.FRBRauthor;
import org.unakn.akn.jaxb.FRBRdate;
import org.unakn.akn.jaxb.FRBRlanguage;
import org.unakn.akn.jaxb.Identification;
import org.unakn.akn.jaxb.Meta;
import org.unakn.akn.jaxb.ObjectFactory;
import org.unakn.akn.jaxb.Publication;
import org.unakn.akn.jaxb.RefItems;
import org.unakn.akn.jaxb.ReferenceType;
import org.unakn.akn.jaxb.ValueType;
import org.unakn.model.Identity;
import org.unakn.model.Iris;

/**
 * Builds the typed {@code <meta>} block: FRBR identification at the three levels, the publication
 * when the masthead gives a date of issue, and the TLC references the body points to.
 */
final class MetaBuilder {
    private static final ObjectFactory AKN = new ObjectFactory();

    /** A TLC reference to declare: its element, eId, IRI and display name. */
    record Tlc(Type type, String eId, String href, String showAs) {
        enum Type { ORGANIZATION, ROLE, CONCEPT, EVENT }
    }

    private MetaBuilder() {
    }

    static Meta build(Identity id, LocalDate markupDate, List<Tlc> tlcs) {
        Meta meta = AKN.createMeta();
        Identification identification = identification(id, markupDate, "main");
        FRBRWork w = identification.getFRBRWork();
        w.setFRBRsubtype(value("deliberation", null));
        w.getFRBRnumber().add(value(Iris.numberValue(id.number()), id.number()));
        BooleanValueType authoritative = AKN.createBooleanValueType();
        authoritative.setValue(true);
        identification.getFRBRExpression().setFRBRauthoritative(authoritative);
        identification.getFRBRManifestation().setFRBRformat(value("xml", null));
        meta.setIdentification(identification);
        if (id.issued().isPresent()) {
            Publication p = AKN.createPublication();
            p.setDate(id.issued().get().toString());
            p.setName("unOfficialDocument");
            p.setShowAs(id.symbol().orElse(id.number()));
            id.symbol().ifPresent(p::setNumber);
            meta.setPublication(p);
        }
        RefItems refs = AKN.createRefItems();
        refs.setSource("#" + Vocabulary.CONVERTER);
        for (Tlc t : tlcs) {
            refs.getOriginalOrPassiveRefOrActiveRef().add(element(t));
        }
        meta.getReferences().add(refs);
        return meta;
    }

    /**
     * The identification of an attached component (an annex): the parent's Work and Expression
     * IRIs with the component name ("!annex_I") in FRBRthis, the parent's FRBRuri.
     */
    static Meta buildComponent(Identity id, LocalDate markupDate, String component) {
        Meta meta = AKN.createMeta();
        meta.setIdentification(identification(id, markupDate, component));
        return meta;
    }

    /** FRBR Work, Expression and Manifestation of the document or of one of its components. */
    private static Identification identification(Identity id, LocalDate markupDate, String component) {
        String work = Iris.work(id.organ(), id.adopted(), id.number());
        String expression = Iris.expression(id);
        String author = "#" + id.organ().tlcId();
        FRBRWork w = AKN.createFRBRWork();
        core(w, work + "/!" + component, work, id.adopted(), "adoption", author, "#" + Vocabulary.AUTHOR_ROLE);
        w.setFRBRcountry(value("un", null));
        FRBRExpression e = AKN.createFRBRExpression();
        core(e, expression + "/!" + component, expression, id.adopted(), "adoption", author, "#" + Vocabulary.AUTHOR_ROLE);
        FRBRlanguage lang = AKN.createFRBRlanguage();
        lang.setLanguage(id.language().iso6392t());
        e.getFRBRlanguage().add(lang);
        FRBRManifestation m = AKN.createFRBRManifestation();
        core(m, expression + "/!" + component + ".xml", expression + ".akn", markupDate, "markup",
                "#" + Vocabulary.CONVERTER, "#" + Vocabulary.EDITOR_ROLE);
        Identification identification = AKN.createIdentification();
        identification.setSource("#" + Vocabulary.CONVERTER);
        identification.setFRBRWork(w);
        identification.setFRBRExpression(e);
        identification.setFRBRManifestation(m);
        return identification;
    }

    private static JAXBElement<ReferenceType> element(Tlc t) {
        ReferenceType r = AKN.createReferenceType();
        r.setEId(t.eId());
        r.setHref(t.href());
        r.setShowAs(t.showAs());
        return switch (t.type()) {
            case ORGANIZATION -> AKN.createTLCOrganization(r);
            case ROLE -> AKN.createTLCRole(r);
            case CONCEPT -> AKN.createTLCConcept(r);
            case EVENT -> AKN.createTLCEvent(r);
        };
    }

    private static void core(CoreProperties c, String self, String uri, LocalDate date, String dateName, String author, String as) {
        c.setFRBRthis(value(self, null));
        c.getFRBRuri().add(value(uri, null));
        FRBRdate d = AKN.createFRBRdate();
        d.setDate(date.toString());
        d.setName(dateName);
        c.getFRBRdate().add(d);
        FRBRauthor a = AKN.createFRBRauthor();
        a.setHref(author);
        a.setAs(as);
        c.getFRBRauthor().add(a);
    }

    private static ValueType value(String v, String showAs) {
        ValueType t = AKN.createValueType();
        t.setValue(v);
        if (showAs != null) {
            t.setShowAs(showAs);
        }
        return t;
    }
}
