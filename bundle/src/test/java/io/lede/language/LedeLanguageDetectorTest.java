package io.lede.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.tika.language.detect.LanguageResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LedeLanguageDetectorTest {
    private static final Set<String> SITE = Set.of("fr", "en", "de", "es", "it", "nl", "pt");
    private static final String FRENCH = "Le gouvernement a présenté lundi un nouveau projet de loi sur le budget de l'État.";

    private final LedeLanguageDetector detector = new LedeLanguageDetector();

    @BeforeEach
    void restrictToSite() throws IOException {
        detector.loadModels(SITE);
    }

    private List<LanguageResult> detect(String text) {
        detector.reset();
        detector.addText(text);
        return detector.detectAll();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fr|" + FRENCH,
        "en|The government presented a new budget bill on Monday, which parliament will debate next week.",
        "de|Die Regierung hat am Montag einen neuen Gesetzentwurf zum Haushalt vorgestellt.",
        "es|El Gobierno presentó el lunes un nuevo proyecto de ley de presupuestos.",
        "it|Il governo ha presentato lunedì un nuovo disegno di legge sul bilancio dello Stato.",
        "nl|De regering heeft maandag een nieuw wetsvoorstel over de begroting gepresenteerd.",
        "pt|O governo apresentou na segunda-feira um novo projeto de lei sobre o orçamento."})
    void recognisesSiteLanguageSentencesWithHighConfidence(String language, String text) {
        LanguageResult best = detect(text).get(0);
        assertEquals(language, best.getLanguage());
        assertTrue(best.getRawScore() > 0.95, () -> "confidence " + best.getRawScore());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ru|Президент заявил в понедельник, что правительство рассмотрит новый закон о бюджете.",
        "pl|Rząd przedstawił w poniedziałek nowy projekt ustawy budżetowej, który trafi do Sejmu.",
        "sv|Regeringen presenterade på måndagen ett nytt förslag till budget för nästa år.",
        "ro|Guvernul a prezentat luni un nou proiect de lege privind bugetul de stat.",
        "ca|El Govern ha aprovat aquest dimarts el projecte de pressupostos per a l'any vinent.",
        "ar|قدمت الحكومة يوم الاثنين مشروع قانون جديد بشأن الميزانية العامة للدولة."})
    void answersUnknownForOtherLanguagesButNamesThemWhenUnrestricted(String language, String text) {
        assertEquals(LedeLanguageDetector.UNKNOWN, detect(text).get(0).getLanguage());
        detector.loadModels();
        assertEquals(language, detect(text).get(0).getLanguage());
    }

    @Test
    void answersUnknownForAScriptNoModelCovers() {
        assertEquals(LedeLanguageDetector.UNKNOWN, detect("ኢትዮጵያ ውስጥ ያለው መንግሥት አዲስ በጀት አቅርቧል").get(0).getLanguage());
    }

    @Test
    void resultsAreProbabilitiesBestFirst() {
        List<LanguageResult> results = detect("casa nueva");
        double sum = 0;
        for (int i = 0; i < results.size(); i++) {
            float p = results.get(i).getRawScore();
            assertTrue(p >= 0 && p <= 1);
            if (i > 0) {
                assertTrue(p <= results.get(i - 1).getRawScore());
            }
            sum += p;
        }
        assertEquals(1.0, sum, 0.01);
    }

    @Test
    void shortTextsGetLowerConfidenceThanSentences() {
        float sentence = detect(FRENCH).get(0).getRawScore();
        float twoWords = detect("nouveau budget").get(0).getRawScore();
        float oneWord = detect("casa").get(0).getRawScore();
        assertTrue(twoWords < sentence, () -> twoWords + " vs " + sentence);
        assertTrue(oneWord < 0.6, () -> "one ambiguous word: " + oneWord);
    }

    @Test
    void textWithoutLettersHasNoResult() {
        assertTrue(detect("2024 — 42 % (+3,5)").isEmpty());
    }

    @Test
    void textAddedInPiecesIsReadAsAWhole() {
        detector.reset();
        detector.addText("Die Regierung hat am Montag ");
        detector.addText("einen neuen Gesetzentwurf vorgestellt.");
        assertEquals("de", detector.detectAll().get(0).getLanguage());
    }

    @Test
    void priorsTipCloseCalls() {
        detector.setPriors(java.util.Map.of("it", 3f));
        assertEquals("it", detect("casa").get(0).getLanguage());
        detector.setPriors(java.util.Map.of("pt", 3f));
        assertEquals("pt", detect("casa").get(0).getLanguage());
    }

    @Test
    void refusesLanguagesWithoutModel() {
        assertThrows(IOException.class, () -> detector.loadModels(Set.of("fr", "xx")));
        assertTrue(detector.hasModel("fr"));
        assertTrue(!detector.hasModel("xx"));
    }
}
