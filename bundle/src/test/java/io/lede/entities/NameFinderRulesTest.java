package io.lede.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lede.api.Article;
import io.lede.api.Entity;
import io.lede.api.EntityType;
import io.lede.api.Mention;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Span and type rules of {@link NameFinder} over the shipped models, in sentences written for these tests. */
class NameFinderRulesTest {
    private static KnowledgeBaseEntityExtractor extractor;

    @BeforeAll
    static void loadModels() {
        extractor = new KnowledgeBaseEntityExtractor(NewsroomExtension.NONE);
        extractor.load().join();
    }

    private static List<Entity> extract(String language, String text) {
        return extractor.extract(Article.ofText("a", "", text), language);
    }

    private static List<String> mentions(List<Entity> entities) {
        return entities.stream().flatMap(e -> e.mentions().stream()).map(Mention::text).sorted().toList();
    }

    private static EntityType typeOf(List<Entity> entities, String surface) {
        return entities.stream().filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals(surface)))
                .map(Entity::type).findFirst().orElse(null);
    }

    @Test
    void aKnownPersonsFullNameAfterAnInstitutionIsThatPerson() {
        List<Entity> found = extract("it", "Il presidente del Consiglio Matteo Renzi ha parlato ieri sera in televisione.");
        assertEquals(EntityType.PERSON, typeOf(found, "Matteo Renzi"), mentions(found).toString());
        assertFalse(mentions(found).contains("Renzi"), mentions(found).toString());
    }

    @Test
    void aPersonAfterATitleAndAnInstitutionIsSplitFromIt() {
        List<Entity> found = extract("it", "Il ministro della Difesa Roberta Pinottini ha parlato ieri ai soldati.");
        assertEquals(EntityType.PERSON, typeOf(found, "Roberta Pinottini"), mentions(found).toString());
    }

    @Test
    void anItalianInstitutionTakesTheAdjectiveAfterIt() {
        List<Entity> found = extract("it", "Ieri sera il Governo italiano ha approvato il decreto sulle scuole.");
        assertEquals(EntityType.ORGANIZATION, typeOf(found, "Governo italiano"), mentions(found).toString());
        List<Entity> verb = extract("it", "Ieri sera il Governo ha approvato il decreto sulle scuole.");
        assertEquals(List.of("Governo"), mentions(verb));
    }

    @Test
    void aLoneCommonWordOpeningASentenceIsNoName() {
        List<Entity> found = extract("it", "Il consiglio comunale si è riunito a lungo. Nessuno ha risposto alle "
                + "domande dei giornalisti.");
        assertFalse(mentions(found).contains("Nessuno"), mentions(found).toString());
    }

    @Test
    void aNameOpeningASentenceStaysWhenTheArticleWritesItInsideOne() {
        List<Entity> found = extract("it", "Il ciclista Marco Bellandi ha vinto la tappa. Bellandi ha staccato "
                + "tutti in salita.");
        assertEquals(2, found.stream().filter(e -> e.type() == EntityType.PERSON).findFirst().orElseThrow()
                .mentions().size(), mentions(found).toString());
    }

    @Test
    void aNameEndsAtALineBreak() {
        List<Entity> found = extract("it", "Morto il regista Carlo Verdoni\nLa notizia è arrivata ieri sera da Roma.");
        assertTrue(mentions(found).stream().noneMatch(m -> m.contains("\n")), mentions(found).toString());
        assertTrue(mentions(found).contains("Carlo Verdoni"), mentions(found).toString());
    }

    @Test
    void anElisionTypedWithASpaceStaysInsideTheName() {
        List<Entity> found = extract("it", "L' accordo è stato firmato ieri da Luciano d' Alfonso a Pescara.");
        assertEquals(EntityType.PERSON, typeOf(found, "Luciano d' Alfonso"), mentions(found).toString());
    }
}
