package io.lede.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TopicLexiconCacheTest {
    private static final TopicLexicon LEXICON = LexiconTopicTaggerTest.LEXICON;

    @ParameterizedTest
    @ValueSource(strings = {"election", "elections", "innenminister", "bundesabgeordneten", "football", "the", "xq"})
    void a_words_cues_are_its_exact_cues_then_its_affix_cues_every_time(String word) {
        List<Cue> expected = new ArrayList<>();
        Cue[] exact = LEXICON.word(word);
        if (exact != null) {
            expected.addAll(List.of(exact));
        }
        LEXICON.forEachAffixCue(word, cues -> expected.addAll(List.of(cues)));
        assertEquals(expected, List.of(LEXICON.wordAndAffixCues(word)));
        assertEquals(expected, List.of(LEXICON.wordAndAffixCues(word)), "remembered");
    }
}
