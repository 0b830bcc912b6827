package org.unakn.model;

/** The UN organs whose resolutions the converter knows, with their AKN4UN actor and TLC data. */
public enum Organ {
    GENERAL_ASSEMBLY("un-ga", "unga", "General Assembly", "A/RES/"),
    SECURITY_COUNCIL("un-sc", "unsc", "Security Council", "S/RES/");

    private final String actor;
    private final String tlcId;
    private final String englishName;
    private final String symbolPrefix;

    Organ(String actor, String tlcId, String englishName, String symbolPrefix) {
        this.actor = actor;
        this.tlcId = tlcId;
        this.englishName = englishName;
        this.symbolPrefix = symbolPrefix;
    }

    /** The actor part of AKN IRIs ("un-ga"). */
    public String actor() {
        return actor;
    }

    /** The eId of the organ's TLCOrganization ("unga"). */
    public String tlcId() {
        return tlcId;
    }

    public String englishName() {
        return englishName;
    }

    /** The prefix of the organ's resolution symbols ("A/RES/"). */
    public String symbolPrefix() {
        return symbolPrefix;
    }
}
