package io.lede.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.lede.api.EntityType;
import org.junit.jupiter.api.Test;

class NameNormaliserTest {
    @Test
    void foldsCaseAccentsApostrophesAndSpaces() {
        assertEquals("etats-unis", NameNormaliser.normalise("États-Unis"));
        assertEquals("putin", NameNormaliser.normalise("Putín"));
        assertEquals("erdogan", NameNormaliser.normalise("Erdoğan"));
        assertEquals("l'otan", NameNormaliser.normalise("l’OTAN"));
        assertEquals("grosse strasse", NameNormaliser.normalise("  Große   Straße "));
    }

    @Test
    void unlinkedIdsAreStableAcrossSpellingsOfTheSameName() {
        assertEquals("lede:person:jose-garcia", UnlinkedIds.of(EntityType.PERSON, "José  García"));
        assertEquals(UnlinkedIds.of(EntityType.PERSON, "José García"), UnlinkedIds.of(EntityType.PERSON, "Jose Garcia"));
        assertNotEquals(UnlinkedIds.of(EntityType.PERSON, "Jordan"), UnlinkedIds.of(EntityType.LOCATION, "Jordan"));
    }
}
