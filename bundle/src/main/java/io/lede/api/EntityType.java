package io.lede.api;

import java.util.Locale;

/** The kinds of named entity Lede extracts. */
public enum EntityType {
    PERSON, ORGANIZATION, LOCATION;

    /** The lower-case name used in documents and in the index ("person", "organization", "location"). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
