package io.lede.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LetterWordsTest {
    private static List<String> words(String text, int maxLetters) {
        List<String> words = new ArrayList<>();
        LetterWords.visit(text, maxLetters, (chars, length) -> words.add(new String(chars, 0, length)));
        return words;
    }

    @Test
    void splitsOnEverythingButLettersAndLowerCases() {
        assertEquals(List.of("l", "état", "a", "dépensé", "milliards", "d", "euros"),
                words("L'État a dépensé 3,5 milliards d’euros.", 100));
    }

    @Test
    void keepsCombiningMarksInsideWords() {
        assertEquals(List.of("हिन्दी", "भाषा"), words("हिन्दी भाषा", 100));
    }

    @Test
    void stopsAfterTheLetterBudget() {
        assertEquals(List.of("abc", "de"), words("abc def ghi", 5));
        assertEquals(List.of(), words("2024 — 42 %", 100));
    }
}
