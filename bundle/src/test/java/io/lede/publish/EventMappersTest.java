package io.lede.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lede.queue.PublishIntent;
import io.lede.queue.PublishIntent.Action;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventMappersTest {
    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final ContentRoots news = new ContentRoots(List.of("/content/site/news/"));

    private enum DistributionRequestType { ADD, DELETE, PULL }

    @Test
    void aemActivationPublishesEachPathUnderTheRootsWithTheActionTimeAsVersion() throws Exception {
        Map<String, Object> event = new HashMap<>();
        event.put("type", "ACTIVATE");
        event.put("paths", new String[] {"/content/site/news/a", "/content/site/sport/b", "/content/site/news"});
        event.put("modificationDate", Date.from(Instant.parse("2026-11-28T08:00:00Z")));
        List<PublishIntent> intents = new ReplicationEventMapper(news, clock).map(event);
        assertEquals(List.of("/content/site/news/a", "/content/site/news"),
                intents.stream().map(PublishIntent::path).toList());
        assertEquals(Instant.parse("2026-11-28T08:00:00Z").toEpochMilli(), intents.get(0).version());
        assertEquals(Action.PUBLISH, intents.get(0).action());
    }

    @Test
    void aemDeactivateAndDeleteUnpublish() throws Exception {
        ReplicationEventMapper mapper = new ReplicationEventMapper(news, clock);
        for (String type : List.of("DEACTIVATE", "DELETE")) {
            List<PublishIntent> intents = mapper.map(Map.of("type", type, "paths", new String[] {"/content/site/news/a"}));
            assertEquals(Action.UNPUBLISH, intents.get(0).action());
            assertEquals(NOW.toEpochMilli(), intents.get(0).version(), "no modificationDate: the time it was heard");
        }
    }

    @Test
    void aemEventsFromAnotherClusterInstanceAndNonPublishingTypesAreIgnored() throws Exception {
        ReplicationEventMapper mapper = new ReplicationEventMapper(news, clock);
        assertEquals(List.of(), mapper.map(Map.of("type", "ACTIVATE", "paths", new String[] {"/content/site/news/a"},
                "event.application", "other-instance")));
        assertEquals(List.of(), mapper.map(Map.of("type", "TEST", "paths", new String[] {"/content/site/news/a"})));
    }

    @Test
    void malformedAemEventsSayWhatIsWrong() {
        ReplicationEventMapper mapper = new ReplicationEventMapper(news, clock);
        assertTrue(assertThrows(InvalidEventException.class, () -> mapper.map(Map.of("type", "ACTIVATE")))
                .getMessage().contains("has no paths"));
        assertTrue(assertThrows(InvalidEventException.class, () -> mapper.map(Map.of("paths", "/content/x")))
                .getMessage().contains("'type'"));
        assertTrue(assertThrows(InvalidEventException.class,
                () -> mapper.map(Map.of("type", "ACTIVATE", "paths", 3))).getMessage().contains("list of strings"));
        assertTrue(assertThrows(InvalidEventException.class, () -> mapper.map(Map.of("type", "ACTIVATE",
                "paths", "/content/site/news/a", "modificationDate", "yesterday"))).getMessage().contains("ISO-8601"));
    }

    @Test
    void slingDistributionReadsItsEnumTypeByName() throws Exception {
        DistributionEventMapper mapper = new DistributionEventMapper(news, clock);
        Map<String, Object> add = Map.of("distribution.type", DistributionRequestType.ADD,
                "distribution.paths", new String[] {"/content/site/news/a"});
        assertEquals(Action.PUBLISH, mapper.map(add).get(0).action());
        Map<String, Object> delete = Map.of("distribution.type", DistributionRequestType.DELETE,
                "distribution.paths", new String[] {"/content/site/news/a"});
        assertEquals(Action.UNPUBLISH, mapper.map(delete).get(0).action());
        assertEquals(List.of(), mapper.map(Map.of("distribution.type", DistributionRequestType.PULL,
                "distribution.paths", new String[] {"/content/site/news/a"})));
    }

    @Test
    void neutralEventsCarryTheArticle() throws Exception {
        NeutralEventMapper mapper = new NeutralEventMapper(new ContentRoots(List.of()), clock);
        Map<String, Object> event = new HashMap<>(Map.of("id", "story-1", "title", "Titre", "body", "<p>Texte</p>",
                "modified", "2026-11-28T08:00:00Z", "authors", List.of("A", "B"), "language", "fr"));
        PublishIntent intent = mapper.map(NeutralEventMapper.PUBLISH_TOPIC, event).get(0);
        assertEquals("story-1", intent.articleId());
        assertEquals(List.of("A", "B"), intent.inline().authors());
        assertEquals(Instant.parse("2026-11-28T08:00:00Z").toEpochMilli(), intent.version());
        PublishIntent gone = mapper.map(NeutralEventMapper.UNPUBLISH_TOPIC, Map.of("id", "story-1")).get(0);
        assertEquals(Action.UNPUBLISH, gone.action());
        assertThrows(InvalidEventException.class, () -> mapper.map(NeutralEventMapper.PUBLISH_TOPIC, Map.of("id", "x")));
        assertThrows(InvalidEventException.class, () -> mapper.map(NeutralEventMapper.PUBLISH_TOPIC, Map.of("title", "t")));
    }

    @Test
    void contentRootsMatchWholePathSegments() {
        assertTrue(news.contains("/content/site/news/2026/a"));
        assertTrue(!news.contains("/content/site/newsletter/a"));
        assertTrue(new ContentRoots(List.of()).contains("/anything"));
    }

    @Test
    void aWronglyTypedNeutralEventIsReportedWithItsArticle() {
        NeutralEventMapper mapper = new NeutralEventMapper(new ContentRoots(List.of()), clock);
        InvalidEventException e = assertThrows(InvalidEventException.class, () -> mapper.map(
                NeutralEventMapper.PUBLISH_TOPIC, Map.of("id", "story-9", "title", "T", "authors", 42)));
        assertEquals("event io/lede/article/PUBLISH property 'authors' should be a list of strings but is a Integer"
                + " (article story-9)", e.getMessage());
    }
}
