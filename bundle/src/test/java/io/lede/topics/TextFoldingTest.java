package io.lede.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextFoldingTest {
    @Test
    void foldsCaseAndAccentsAndSplitsOnPunctuation() {
        assertEquals(List.of("l", "election", "presidentielle", "a", "ete", "reportee"),
                TextFolding.tokens("L'élection présidentielle a été REPORTÉE."));
        assertEquals(List.of("fussball", "osterreich", "oeuvre"), TextFolding.tokens("Fußball-Österreich œuvre"));
    }

    @Test
    void normalisesLexiconTermsKeepingWildcards() {
        assertEquals("elect*", TopicLexicon.normaliseTerm(" Élect* "));
        assertEquals("*minister", TopicLexicon.normaliseTerm("*Minister"));
        assertEquals("premier ministre", TopicLexicon.normaliseTerm("Premier  ministre"));
    }
}
