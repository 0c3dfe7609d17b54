package io.lede.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lede.api.Article;
import io.lede.api.Topic;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsroomRulesTest {
    private static final String SPORT = "medtop:15000000";

    private static TopicRules fixture() throws IOException {
        try (InputStream in = NewsroomRulesTest.class.getResourceAsStream("rules-fixture.json")) {
            return TopicRules.read(in);
        }
    }

    private static LexiconTopicTagger tagger(TopicRules rules) {
        return new LexiconTopicTagger(LexiconTopicTaggerTest.VOCABULARY, LexiconTopicTaggerTest.LEXICON,
                TopicPriors.load(),
                TopicSettings.defaults(), () -> rules);
    }

    private static Article article(String section, List<String> tags, String title, String text) {
        return new Article("a", "", "", title, "", text, Instant.EPOCH, Instant.EPOCH, section, List.of(), tags, "fr");
    }

    @Test
    void aSectionRuleComesFirstAndWinsOverTheAutomaticTopic() throws IOException {
        Article sport = article("économie", List.of(), "Le PSG remporte le championnat",
                "Les joueurs ont battu Lyon et remportent le titre de champion de Ligue 1 devant leurs supporters.");
        assertEquals(SPORT, tagger(TopicRules.NONE).tag(sport, "fr", List.of()).get(0).code());

        List<Topic> topics = tagger(fixture()).tag(sport, "fr", List.of());
        Topic first = topics.get(0);
        assertEquals("medtop:04000000", first.code());
        assertEquals(1.0, first.score());
        assertEquals(List.of("section:économie"), first.evidence());
        assertEquals("Économie et finances", first.label());
        assertTrue(topics.size() <= 3);
    }

    @Test
    void aTagRuleAddsANarrowTopicWithItsAncestors() throws IOException {
        Topic topic = tagger(fixture()).tag(article("", List.of("Municipales"), "Un titre", "Un texte."), "fr",
                List.of()).get(0);
        assertEquals("medtop:20000574", topic.code());
        assertEquals(List.of("medtop:11000000", "medtop:20000574"), topic.ancestors());
        assertEquals(List.of("tag:Municipales"), topic.evidence());
    }

    @Test
    void aRemovedKeywordNoLongerFires() throws IOException {
        Article article = Article.ofText("a", "", "Everyone watched the match.");
        List<Topic> before = tagger(TopicRules.NONE).tag(article, "en", List.of());
        assertEquals(SPORT, before.get(0).code());
        assertTrue(before.get(0).evidence().contains("keyword:match"), before::toString);

        List<Topic> after = tagger(fixture()).tag(article, "en", List.of());
        assertFalse(after.stream().anyMatch(t -> t.evidence().contains("keyword:match")), after::toString);
        assertFalse(after.stream().anyMatch(t -> t.topLevel().equals(SPORT)), after::toString);
    }

    @Test
    void anAddedKeywordFires() throws IOException {
        List<Topic> topics = tagger(fixture()).tag(Article.ofText("a", "", "Quantum widgets are here."), "en", List.of());
        assertEquals("medtop:13000000", topics.get(0).code());
        assertTrue(topics.get(0).evidence().contains("keyword:quantum widget*"), topics::toString);
    }

    @Test
    void anEditedRulesFileIsReloadedAndABrokenEditKeepsTheLastGoodRules(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("rules.json");
        Files.writeString(file, "{\"maxTopics\": 2}");
        TopicRulesFile rules = new TopicRulesFile(file, 0);
        assertEquals(2, rules.get().maxTopics().orElseThrow());

        Files.writeString(file, "{\"maxTopics\": 3}");
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5000));
        assertEquals(3, rules.get().maxTopics().orElseThrow());

        Files.writeString(file, "{ not json");
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 10000));
        assertEquals(3, rules.get().maxTopics().orElseThrow());
    }

    @Test
    void theRulesFileIsReadAtStartAndAnInvalidOneIsRefused(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("rules.json");
        Files.writeString(file, "{\"sections\": {\"Sport\": [\"medtop:15000000\"]}, \"maxTopics\": 2}");
        LexiconTopicTagger tagger = LexiconTopicTagger.create(new TopicSettings(file.toString(), 0.2, 5, ""));
        List<Topic> topics = tagger.tag(article("SPORT", List.of(), "Budget", "Le gouvernement présente son budget."),
                "fr", List.of());
        assertEquals(SPORT, topics.get(0).code());
        assertEquals(2, topics.size());

        Files.writeString(file, "[1, 2]");
        assertThrows(UncheckedIOException.class,
                () -> LexiconTopicTagger.create(new TopicSettings(file.toString(), 0.2, 5, "")));
    }
}
