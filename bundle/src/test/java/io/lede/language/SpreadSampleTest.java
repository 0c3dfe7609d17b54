package io.lede.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SpreadSampleTest {
    private static String numberedWords(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append("w");
            for (int n = i; n > 0; n /= 26) {
                text.append((char) ('a' + n % 26));
            }
        }
        return text.toString();
    }

    @Test
    void aShortTextIsReadWhole() {
        String text = "Le conseil municipal a voté le budget.";
        assertEquals(text, new SpreadSample(100, 4).appendTo(new StringBuilder(), text).toString());
    }

    @Test
    void aLongTextIsSampledFromStartToEndWithinTheBudget() {
        String text = "Debut " + "lorem ipsum dolor sit amet ".repeat(400) + "Fin";
        String sample = new SpreadSample(200, 8).appendTo(new StringBuilder(), text).toString();
        assertTrue(sample.length() <= 200 + 7, () -> "sample of " + sample.length() + " chars");
        assertTrue(sample.length() >= 100, () -> "sample of " + sample.length() + " chars");
        assertTrue(sample.startsWith("Debut "), sample);
        assertTrue(sample.endsWith("Fin"), sample);
        assertEquals(8, sample.split("\n").length);
    }

    @Test
    void piecesStartAndEndAtWordBoundaries() {
        String text = numberedWords(2000);
        Set<String> words = Set.of(text.split(" "));
        String sample = new SpreadSample(300, 6).appendTo(new StringBuilder(), text).toString();
        for (String piece : sample.split("\n")) {
            for (String word : piece.strip().split(" ")) {
                assertTrue(words.contains(word), () -> "cut word '" + word + "' in piece '" + piece + "'");
            }
        }
    }

    @Test
    void rejectsAnEmptyBudget() {
        assertThrows(IllegalArgumentException.class, () -> new SpreadSample(0, 4));
    }
}
