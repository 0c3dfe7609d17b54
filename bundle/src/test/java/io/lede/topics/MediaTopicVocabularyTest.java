package io.lede.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MediaTopicVocabularyTest {
    private static final MediaTopicVocabulary VOCABULARY = MediaTopicVocabulary.load();

    @Test
    void hasTheSeventeenActiveLevelOneTopics() {
        assertEquals(17, VOCABULARY.levelOne().size());
        assertTrue(VOCABULARY.levelOne().stream().allMatch(t -> t.level() == 1 && t.parent() == null));
    }

    @Test
    void ancestorsRunFromLevelOneDownToTheTopic() {
        assertEquals(List.of("medtop:15000000", "medtop:20000822", "medtop:20001065"),
                VOCABULARY.ancestors("medtop:20001065"));
        assertEquals(List.of("medtop:11000000"), VOCABULARY.ancestors("medtop:11000000"));
    }

    @Test
    void labelsComeInTheArticleLanguageWithEnglishAsFallback() {
        assertEquals("politics", VOCABULARY.label("medtop:11000000", "en"));
        assertEquals("Politique", VOCABULARY.label("medtop:11000000", "fr"));
        assertEquals("Politik", VOCABULARY.label("medtop:11000000", "de"));
        assertEquals("Política", VOCABULARY.label("medtop:11000000", "es"));
        assertEquals("politics", VOCABULARY.label("medtop:11000000", "it"));
    }

    @Test
    void retiredTopicsAreKnownButNotActive() {
        String retired = "medtop:20001111";
        assertTrue(VOCABULARY.isRetired(retired));
        assertTrue(VOCABULARY.topic(retired).isPresent());
        assertFalse(VOCABULARY.activeTopic(retired).isPresent());
        assertFalse(VOCABULARY.levelOne().stream().anyMatch(MediaTopic::retired));
    }

    @Test
    void acceptsBareCodesAndUris() {
        assertEquals("medtop:20000574", VOCABULARY.topic("20000574").orElseThrow().code());
        assertEquals("medtop:20000574",
                VOCABULARY.topic("http://cv.iptc.org/newscodes/mediatopic/20000574").orElseThrow().code());
    }

    @Test
    void shippedLexiconsPointOnlyToActiveTopics() {
        TopicLexicon lexicon = TopicLexicon.load();
        for (Cue cue : lexicon.cues()) {
            assertTrue(VOCABULARY.activeTopic(cue.code()).isPresent(), cue.toString());
        }
        for (String language : TopicLexicon.LANGUAGES) {
            assertTrue(lexicon.cues().stream().filter(c -> c.language().equals(language)).count() > 500,
                    language);
        }
    }
}
