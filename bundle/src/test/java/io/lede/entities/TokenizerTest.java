package io.lede.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    private static List<String> words(String text) {
        return Tokenizer.tokenize(text).stream().map(Token::text).toList();
    }

    @Test
    void splitsElisionsAndPossessivesButKeepsAbbreviationsAndHyphens() {
        assertEquals(List.of("l'", "OTAN", "et", "les", "États-Unis", "."), words("l'OTAN et les États-Unis."));
        assertEquals(List.of("dell'", "Italia"), words("dell'Italia"));
        assertEquals(List.of("Biden", "'s", "U.S.", "visit"), words("Biden's U.S. visit"));
        assertEquals(List.of("M.", "Waugh", "O'Brien"), words("M. Waugh O'Brien"));
        assertEquals(List.of("dell'", "Aquila", "e", "l'", "Europa"), words("dell' Aquila e l' Europa"));
        assertEquals(List.of("un", "po'", "di", "'", "tutto", "'"), words("un po' di 'tutto'"));
    }

    @Test
    void offsetsAreUtf16IndicesIntoTheText() {
        String text = "🎉 Moscou, l’Ukraine";
        for (Token t : Tokenizer.tokenize(text)) {
            assertEquals(t.text(), text.substring(t.start(), t.end()));
        }
        Token moscou = Tokenizer.tokenize(text).get(1);
        assertEquals(3, moscou.start());
    }

    @Test
    void marksSentenceStarts() {
        List<Token> tokens = Tokenizer.tokenize("Il pleut. Nice est loin\nde Paris.\n\nDemain");
        assertTrue(tokens.get(0).sentenceStart());
        assertTrue(tokens.get(3).sentenceStart(), "after a full stop");
        assertFalse(tokens.get(6).sentenceStart(), "a line break inside a sentence does not end it");
        assertTrue(tokens.get(tokens.size() - 1).sentenceStart(), "a new paragraph");
    }
}
