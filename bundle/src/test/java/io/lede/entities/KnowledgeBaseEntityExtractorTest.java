package io.lede.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lede.api.Article;
import io.lede.api.Entity;
import io.lede.api.EntityType;
import io.lede.api.Mention;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KnowledgeBaseEntityExtractorTest {
    private static KnowledgeBaseEntityExtractor extractor;

    @BeforeAll
    static void loadModels() {
        extractor = new KnowledgeBaseEntityExtractor(NewsroomExtension.NONE);
        extractor.load().join();
    }

    private static List<Entity> extract(String language, String title, String text) {
        return extractor.extract(Article.ofText("a", title, text), language);
    }

    private static Optional<Entity> named(List<Entity> entities, String surface) {
        return entities.stream().filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals(surface)))
                .findFirst();
    }

    private static String idOf(List<Entity> entities, String surface) {
        return named(entities, surface).map(Entity::id).orElse(null);
    }

    @Test
    void linksFrenchNewsToWikidataIds() {
        List<Entity> found = extract("fr", "Poutine reçoit Biden au Kremlin",
                "Le président russe Vladimir Poutine a reçu Joe Biden à Moscou. Selon Iouri Ouchakov, conseiller du "
                        + "Kremlin, l'OTAN et les États-Unis doivent garantir la sécurité de la Russie. L'Ukraine "
                        + "demande une réponse de Washington. Biden partira ensuite pour Jakarta.");
        assertEquals("Q7747", idOf(found, "Vladimir Poutine"));
        assertEquals("Q7747", idOf(found, "Poutine"));
        assertEquals("Q6279", idOf(found, "Joe Biden"));
        assertEquals("Q649", idOf(found, "Moscou"));
        assertEquals("Q7184", idOf(found, "OTAN"));
        assertEquals("Q30", idOf(found, "États-Unis"));
        assertEquals("Q159", idOf(found, "Russie"));
        assertEquals("Q212", idOf(found, "Ukraine"));
        assertEquals("Q61", idOf(found, "Washington"));
        assertEquals("Q3630", idOf(found, "Jakarta"));
        assertEquals("lede:person:yuri-ushakov", idOf(found, "Iouri Ouchakov"));
        assertEquals(idOf(found, "Kremlin"), UnlinkedIds.of(EntityType.ORGANIZATION, "Kremlin"));
        Entity biden = named(found, "Joe Biden").orElseThrow();
        assertEquals(EntityType.PERSON, biden.type());
        assertTrue(biden.linked());
        assertEquals(3, biden.mentions().size(), "title, full name and surname are one entity");
    }

    @Test
    void theSamePeopleAndPlacesGetTheSameIdsInEveryLanguage() {
        List<Entity> en = extract("en", "", "Russian President Vladimir Putin met Yuri Ushakov in Moscow before "
                + "talks with NATO in Jakarta.");
        List<Entity> de = extract("de", "", "Der russische Präsident Wladimir Putin traf Juri Uschakow in Moskau, "
                + "bevor er mit der NATO in Jakarta sprach.");
        List<Entity> es = extract("es", "", "El presidente ruso Vladímir Putín se reunió con Yuri Ushakov en Moscú "
                + "antes de hablar con la OTAN en Yakarta.");
        List<Entity> it = extract("it", "", "Il presidente russo Vladimir Putin ha incontrato Jurij Ušakov a Mosca "
                + "prima dei colloqui con la NATO a Giacarta.");
        for (List<Entity> found : List.of(en, de, es, it)) {
            assertTrue(found.stream().anyMatch(e -> e.id().equals("Q7747")), "Putin in " + found);
            assertTrue(found.stream().anyMatch(e -> e.id().equals("Q649")), "Moscow in " + found);
            assertTrue(found.stream().anyMatch(e -> e.id().equals("Q7184")), "NATO in " + found);
            assertTrue(found.stream().anyMatch(e -> e.id().equals("Q3630")), "Jakarta in " + found);
            assertTrue(found.stream().anyMatch(e -> e.id().equals("lede:person:yuri-ushakov")), "Ushakov in " + found);
        }
        Entity moscow = es.stream().filter(e -> e.id().equals("Q649")).findFirst().orElseThrow();
        assertEquals("Mosca", moscow.labels().get("it"));
        assertEquals("Moskau", moscow.labels().get("de"));
    }

    @Test
    void mentionOffsetsAreUtf16IndicesIntoTheirField() {
        String title = "🎉 Merkel in Paris";
        String text = "Ein Emoji 😀 vor dem Namen: Angela Merkel besuchte Paris.";
        List<Entity> found = extract("de", title, text);
        assertFalse(found.isEmpty());
        for (Entity e : found) {
            for (Mention m : e.mentions()) {
                String field = m.field().equals(Mention.TITLE) ? title : text;
                assertEquals(m.text(), field.substring(m.start(), m.end()));
            }
        }
        assertEquals("Q567", idOf(found, "Angela Merkel"));
    }

    @Test
    void parisTheCityIsNotParisThePerson() {
        List<Entity> city = extract("en", "", "The summit will be held in Paris next week, officials said.");
        assertEquals("Q90", idOf(city, "Paris"));
        List<Entity> person = extract("en", "", "The actress Paris Hilton arrived late, and Hilton said she was tired.");
        Entity hilton = named(person, "Paris Hilton").orElseThrow();
        assertEquals(EntityType.PERSON, hilton.type());
        assertNotEquals("Q90", hilton.id());
        assertEquals(2, hilton.mentions().size());
    }

    @Test
    void niceTheAdjectiveIsNotNiceTheCity() {
        List<Entity> adjective = extract("en", "", "Nice weather helped the farmers. It was a nice day.");
        assertNull(idOf(adjective, "Nice"));
        List<Entity> city = extract("fr", "", "Le maire de Nice a inauguré le tramway.");
        Entity nice = named(city, "Nice").orElseThrow();
        assertEquals(EntityType.LOCATION, nice.type());
        assertTrue(nice.linked());
    }

    @Test
    void sportsClubsAreOrganisationsUnderTheirShortNames() {
        List<Entity> found = extract("en", "", "Arsenal beat Tottenham 2-1 on Saturday, while Everton and "
                + "Wolverhampton Wanderers drew. Juventus lost to Fiorentina.");
        for (String club : List.of("Arsenal", "Tottenham", "Everton", "Juventus", "Fiorentina")) {
            assertEquals(EntityType.ORGANIZATION, named(found, club).orElseThrow().type(), club);
        }
        assertEquals(idOf(found, "Arsenal"), UnlinkedIds.of(EntityType.ORGANIZATION, "Arsenal FC"));
    }

    @Test
    void italianAndSpanishNewsWithoutKnowledgeBaseNames() {
        List<Entity> it = extract("it", "", "Il sindaco di Pordenone, Marco Ferretti, ha incontrato ieri i "
                + "rappresentanti della Banca Popolare di Vicenza. Ferretti ha detto che l'accordo è vicino.");
        assertEquals(EntityType.PERSON, named(it, "Marco Ferretti").orElseThrow().type());
        assertEquals(2, named(it, "Marco Ferretti").orElseThrow().mentions().size());
        assertEquals(EntityType.LOCATION, named(it, "Pordenone").orElseThrow().type());
        assertEquals(EntityType.ORGANIZATION, named(it, "Banca Popolare di Vicenza").orElseThrow().type());
        List<Entity> es = extract("es", "", "El alcalde de Logroño, Andrés Garrido, se reunió con la Junta de "
                + "Andalucía. Según Garrido, el acuerdo está cerca.");
        assertEquals(EntityType.PERSON, named(es, "Andrés Garrido").orElseThrow().type());
        assertEquals(EntityType.LOCATION, named(es, "Logroño").orElseThrow().type());
        assertEquals(EntityType.ORGANIZATION, named(es, "Junta de Andalucía").orElseThrow().type());
    }

    @Test
    void germanStreetsArePlacesAndCommonNounsAreNoNames() {
        List<Entity> found = extract("de", "", "Am Montag spielten die Kinder in der Gerauer Straße. Die Straße "
                + "wird gesperrt, sagte Bürgermeisterin Anna Schmitt; auch die Falterstraße bleibt zu.");
        assertEquals(EntityType.LOCATION, named(found, "Gerauer Straße").orElseThrow().type());
        assertEquals(EntityType.LOCATION, named(found, "Falterstraße").orElseThrow().type());
        assertTrue(named(found, "Kinder").isEmpty());
        assertTrue(named(found, "Straße").isEmpty());
        assertEquals(EntityType.PERSON, named(found, "Anna Schmitt").orElseThrow().type());
    }

    @Test
    void surnamesJoinTheFullNameEvenWithoutAKnowledgeBaseEntry() {
        List<Entity> found = extract("en", "", "Local councillor Marta Kowalczyk opened the bridge. "
                + "Kowalczyk said the town had waited ten years.");
        Entity marta = named(found, "Marta Kowalczyk").orElseThrow();
        assertFalse(marta.linked());
        assertEquals("lede:person:marta-kowalczyk", marta.id());
        assertEquals(2, marta.mentions().size());
    }

    @Test
    void salienceFavoursTheTitleAndTheLead() {
        List<Entity> found = extract("en", "Merkel visits Washington",
                "Angela Merkel arrived in Washington on Monday. Merkel met officials. "
                        + "Later, in a short remark at the end, she mentioned Jakarta.");
        Entity merkel = named(found, "Angela Merkel").orElseThrow();
        Entity jakarta = named(found, "Jakarta").orElseThrow();
        assertTrue(merkel.salience() > jakarta.salience());
        assertTrue(merkel.salience() <= 1.0 && jakarta.salience() >= 0.0);
    }

    @Test
    void modelsLoadOnceInTheBackground() {
        int[] loads = {0};
        KnowledgeBaseEntityExtractor lazy = new KnowledgeBaseEntityExtractor(() -> {
            loads[0]++;
            return EntityModels.loadShipped();
        }, NewsroomExtension.NONE);
        assertFalse(lazy.isReady(), "nothing loads before it is asked for");
        lazy.load().join();
        lazy.load().join();
        assertTrue(lazy.isReady());
        assertNotNull(lazy.extract(Article.ofText("b", "", "Angela Merkel"), "de"));
        assertEquals(1, loads[0]);
    }

    @Test
    void twoPeopleJoinedByAConjunctionAreTwoEntities() {
        List<Entity> found = extract("es", "Putin y Zelenski acuerdan un alto el fuego",
                "Vladímir Putin y Volodímir Zelenski hablaron en Ginebra.");
        assertEquals("Q7747", idOf(found, "Putin"));
        assertEquals("Q3874799", idOf(found, "Zelenski"));
        assertTrue(found.stream().noneMatch(e -> e.name().contains(" y ")), found.toString());
    }

    @Test
    void aDatelineIsThePlaceAloneNotThePlaceAndTheFirstWords() {
        List<Entity> found = extract("es", "Cumbre en Ginebra",
                "Ginebra - Delegaciones de Rusia y Ucrania se reunieron el martes.");
        assertEquals("Q71", idOf(found, "Ginebra"));
        assertEquals("Q159", idOf(found, "Rusia"));
        assertTrue(found.stream().flatMap(e -> e.mentions().stream()).noneMatch(m -> m.text().contains(" - ")),
                found.toString());
    }
}
