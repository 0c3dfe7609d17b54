package io.lede.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lede.api.Article;
import io.lede.api.LanguageGuess;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SiteLanguageIdentifierTest {
    private static final List<String> SITE = List.of("fr", "en", "de", "es", "it", "nl", "pt");
    private static SiteLanguageIdentifier identifier;

    @BeforeAll
    static void createIdentifier() throws IOException {
        LedeLanguageDetector detector = new LedeLanguageDetector();
        detector.loadModels(new HashSet<>(SITE));
        identifier = new SiteLanguageIdentifier(detector, SITE, "en", 3.0);
    }

    private static Article article(String title, String text, String hint) {
        return new Article("id", "", "", title, "", text, null, null, "", List.of(), List.of(), hint);
    }

    @Test
    void readsTitleAndBodyTogether() {
        String body = "Il governo ha presentato lunedì un nuovo disegno di legge sul bilancio dello Stato.";
        assertEquals("it", identifier.identify(article("", body, "")).language());
        LanguageGuess titleOnly = identifier.identify(article("Manifestation contre la réforme des retraites", "", ""));
        assertEquals("fr", titleOnly.language());
        assertFalse(titleOnly.fallback());
        double bodyOnly = identifier.identify(article("", "casa nuova", "")).confidence();
        double withTitle = identifier.identify(article("Il mercato immobiliare", "casa nuova", "")).confidence();
        assertTrue(withTitle > bodyOnly, () -> withTitle + " vs " + bodyOnly);
    }

    @Test
    void aLongArticleWithAForeignQuoteKeepsItsMainLanguage() {
        String body = "Le président américain s'est exprimé mardi devant la presse à Washington. "
                + "\"We will not back down, and we will defend our workers\", a-t-il déclaré. "
                + "Les négociations commerciales avec l'Union européenne doivent reprendre la semaine prochaine, "
                + "selon plusieurs diplomates qui suivent le dossier depuis le début de l'année.";
        LanguageGuess guess = identifier.identify(article("Commerce : le ton monte entre Washington et Bruxelles", body, ""));
        assertEquals("fr", guess.language());
        assertTrue(guess.confidence() > 0.95);
    }

    @Test
    void textInAnotherLanguageIsUnknownNotASiteLanguage() {
        LanguageGuess russian = identifier.identify(article("Новости",
                "Президент заявил в понедельник, что правительство рассмотрит новый закон о бюджете.", "fr"));
        assertEquals(LanguageGuess.UNKNOWN, russian.language());
        assertFalse(russian.fallback());
        LanguageGuess polish = identifier.identify(article("Wiadomości",
                "Rząd przedstawił w poniedziałek nowy projekt ustawy budżetowej, który trafi do Sejmu.", "fr"));
        assertEquals(LanguageGuess.UNKNOWN, polish.language());
    }

    @Test
    void theLocaleHintTipsACloseCall() {
        assertEquals("it", identifier.identify(article("", "casa", "it_IT")).language());
        assertEquals("pt", identifier.identify(article("", "casa", "pt-BR")).language());
    }

    @Test
    void theLocaleHintDoesNotOverrideClearText() {
        LanguageGuess guess = identifier.identify(article("Neuer Haushalt",
                "Die Regierung hat am Montag einen neuen Gesetzentwurf zum Haushalt vorgestellt.", "fr"));
        assertEquals("de", guess.language());
        assertTrue(guess.confidence() > 0.9);
    }

    @Test
    void shortItemsGetTheMostLikelySiteLanguageWithLowConfidence() {
        LanguageGuess sentence = identifier.identify(article("",
                "Le gouvernement a présenté lundi un nouveau projet de loi sur le budget de l'État.", ""));
        LanguageGuess word = identifier.identify(article("", "maison", ""));
        assertEquals("fr", word.language());
        assertFalse(word.fallback());
        assertTrue(word.confidence() < sentence.confidence());
        assertTrue(word.confidence() < 0.9);
    }

    @Test
    void theDefaultLanguageIsOnlyForTextsWithoutLetters() {
        LanguageGuess numbers = identifier.identify(article("2024", "42 % (+3,5)", ""));
        assertEquals("en", numbers.language());
        assertTrue(numbers.fallback());
        assertEquals(0.0, numbers.confidence());
        assertEquals("de", identifier.identify(article("2024", "42 %", "de_AT")).language());
    }

    @Test
    void aConfiguredConfidenceFloorFallsBackToTheLocaleOrDefaultAndSaysSo() throws IOException {
        LedeLanguageDetector detector = new LedeLanguageDetector();
        detector.loadModels(new HashSet<>(SITE));
        SiteLanguageIdentifier strict = new SiteLanguageIdentifier(detector, SITE, "en", 3.0, 0.99);
        LanguageGuess word = strict.identify(article("", "casa", ""));
        assertTrue(word.fallback(), "a single word is below the floor");
        assertEquals("en", word.language());
        assertTrue(SITE.contains(word.detected()), "the detector's own answer is kept: " + word.detected());
        assertEquals("it", strict.identify(article("", "casa", "it-IT")).language(), "the locale comes first");
        LanguageGuess sentence = strict.identify(article("", "Die Bundesregierung hat am Mittwoch einen neuen "
                + "Gesetzentwurf zur Reform der Rentenversicherung vorgelegt.", ""));
        assertFalse(sentence.fallback());
        assertEquals("de", sentence.language());
    }

    @Test
    void aLongArticleIsJudgedOnAllOfItNotOnItsForeignOpening() {
        String quote = "We will not back down, and we will defend our workers and our farmers whatever it takes. ";
        String french = "Les négociations commerciales avec l'Union européenne doivent reprendre la semaine prochaine, "
                + "selon plusieurs diplomates qui suivent le dossier depuis le début de l'année. ";
        String body = quote.repeat(6) + french.repeat(30);
        assertEquals("fr", identifier.identify(article("", body, "")).language());
        assertTrue(SiteLanguageIdentifier.sample(article("", body, "")).length() < 700);
    }

    @Test
    void threadsWithTheirOwnDetectorsAgreeWithOneThread() throws Exception {
        SiteLanguageIdentifier perThread = new SiteLanguageIdentifier(() -> {
            LedeLanguageDetector detector = new LedeLanguageDetector();
            try {
                detector.loadModels(new HashSet<>(SITE));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return detector;
        }, SITE, "en", 3.0, 0.0);
        List<String> texts = List.of("Il governo ha presentato lunedì un nuovo disegno di legge sul bilancio.",
                "Die Bundesregierung hat am Mittwoch einen neuen Gesetzentwurf vorgelegt.",
                "El Gobierno aprobó el martes el proyecto de presupuestos del Estado.",
                "Le conseil municipal a voté mardi soir le budget de la ville.");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<String>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String text = texts.get(i % texts.size());
                answers.add(pool.submit(() -> perThread.identify(article("", text, "")).language()));
            }
            for (int i = 0; i < answers.size(); i++) {
                String text = texts.get(i % texts.size());
                assertEquals(identifier.identify(article("", text, "")).language(), answers.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
