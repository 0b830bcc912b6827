package org.unakn.akn;

import org.unakn.model.Identity;
import org.unakn.model.Organ;

/**
 * The names this converter writes that AKN4UN leaves to the implementer: the prefix of custom
 * names, the ontology IRIs of TLC references, and the eIds they get. Kept in one place so a change
 * of convention is one edit.
 */
final class Vocabulary {
    /** AKN4UN's normative text prefixes custom names; flip here if the examples' bare form is wanted. */
    static final String PREFIX = "akn4un:";
    static final String ONTOLOGY = "/akn/ontology/";

    static final String CONVERTER = "unakn";
    static final String AUTHOR_ROLE = "author";
    static final String EDITOR_ROLE = "editor";
    static final String ADOPTION_DATE = "adoptionDate";
    static final String PUBLICATION_DATE = "publicationDate";
    static final String SYMBOL = "symbol";
    static final String DISTRIBUTION = "distributionGeneral";
    static final String AGENDA_ITEM = "agendaItem";

    private Vocabulary() {
    }

    /** The TLCConcept eId of an operative verb concept ("requests" -> "opRequests"). */
    static String verbConcept(String key) {
        return "op" + Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }

    /** The session of a resolution number: "63/114" -> "63", "ES-11/4" -> "ES-11"; none for other forms. */
    static String session(String number) {
        int slash = number.indexOf('/');
        return slash > 0 ? number.substring(0, slash) : null;
    }

    /** The TLCEvent eId of the meeting at which the resolution was adopted. */
    static String meetingEvent(Identity id, String meeting) {
        if (id.organ() == Organ.SECURITY_COUNCIL) {
            return "scMeeting_" + meeting;
        }
        String session = session(id.number());
        return session == null ? "gaPlenary_" + meeting : "gaPlenary_" + session + "_" + meeting;
    }

    static String meetingEventIri(Identity id, String meeting) {
        String session = session(id.number());
        String base = ONTOLOGY + "event/un/" + id.organ().actor() + "/";
        if (id.organ() == Organ.SECURITY_COUNCIL) {
            return base + "meeting_" + meeting;
        }
        return base + (session == null ? "" : "session_" + session + "/") + "plenaryMeeting_" + meeting;
    }
}
