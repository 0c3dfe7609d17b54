package io.lede.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lede.api.Article;
import io.lede.api.Entity;
import io.lede.api.EntityType;
import io.lede.api.Topic;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LexiconTopicTaggerTest {
    static final MediaTopicVocabulary VOCABULARY = MediaTopicVocabulary.load();
    static final TopicLexicon LEXICON = TopicLexicon.load();
    private static final LexiconTopicTagger TAGGER =
            new LexiconTopicTagger(VOCABULARY, LEXICON, TopicPriors.load(), TopicSettings.defaults(),
                    () -> TopicRules.NONE);

    private static final String POLITICS = "medtop:11000000";
    private static final String SPORT = "medtop:15000000";

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Kremlin says Putin and Biden will discuss Ukraine | The Kremlin said on Tuesday that President Vladimir Putin would hold talks with President Joe Biden on Ukraine, after Western governments threatened new sanctions. | medtop:11000000
            en | Rovers sink City in the derby | Two late goals from the captain gave Rovers a 2-1 win over City on Saturday, lifting the club to third in the league table with four matches of the season left. | medtop:15000000
            fr | Le Kremlin annonce un entretien Poutine-Biden | Le porte-parole du Kremlin a indiqué que le président russe et son homologue américain discuteront de l'Ukraine, alors que les gouvernements européens préparent de nouvelles sanctions. | medtop:11000000
            fr | La banque centrale relève ses taux | La Banque centrale a relevé son taux directeur d'un demi-point pour freiner l'inflation, une décision saluée par les marchés et les investisseurs. | medtop:04000000
            de | Nationalrat beschließt Pensionsreform | Der Nationalrat hat am Mittwoch mit den Stimmen der Regierungsparteien ÖVP und Grüne die Reform beschlossen; die Opposition aus SPÖ und FPÖ kündigte Widerstand im Bundesrat an. | medtop:11000000
            de | Forscher entdecken neuen Exoplaneten | Ein internationales Team von Astronomen hat mit einem Weltraumteleskop einen Planeten entdeckt, der einen nahen Stern umkreist, berichten die Wissenschafter in einer Studie. | medtop:13000000
            es | El equipo remonta en el último minuto | El delantero marcó dos goles en la segunda parte y el entrenador celebró la victoria que deja al club a tres puntos del líder del campeonato. | medtop:15000000
            es | Sanidad amplía la vacunación | El Ministerio de Sanidad ampliará la campaña de vacunación contra la gripe en los centros de salud y hospitales ante el aumento de casos y de pacientes ingresados. | medtop:07000000
            it | Il governo approva la legge di bilancio | Il Consiglio dei ministri ha approvato la legge di bilancio che ora passa al Parlamento, mentre l'opposizione annuncia battaglia in Senato. | medtop:11000000
            it | La squadra vince il derby | Con un gol nel secondo tempo l'attaccante ha deciso la partita e l'allenatore ha elogiato la squadra, ora seconda in classifica a due punti dalla capolista. | medtop:15000000
            """)
    void givesTheRightLevelOneTopic(String language, String title, String text, String expected) {
        List<Topic> topics = TAGGER.tag(Article.ofText("a", title, text), language, List.of());
        assertFalse(topics.isEmpty());
        assertEquals(expected, topics.get(0).topLevel(), () -> topics.toString());
    }

    @Test
    void topicsCarryAncestorsLabelsInTheArticleLanguageAndEvidence() {
        List<Topic> topics = TAGGER.tag(Article.ofText("a", "Le PSG remporte la finale",
                "Les joueurs du PSG ont battu Marseille en finale de la Coupe de France de football, "
                        + "grâce à un but de leur attaquant en prolongation."), "fr", List.of());
        Topic best = topics.get(0);
        assertEquals(SPORT, best.code());
        assertEquals("Sport", best.label());
        assertEquals(List.of(SPORT), best.ancestors());
        assertFalse(best.evidence().isEmpty());
        assertTrue(best.evidence().stream().allMatch(e -> e.startsWith("keyword:")), best.evidence()::toString);
        for (Topic t : topics) {
            assertEquals(t.code(), t.ancestors().get(t.ancestors().size() - 1));
            assertTrue(VOCABULARY.activeTopic(t.code()).isPresent());
            assertTrue(t.score() > 0 && t.score() <= 1);
        }
        assertTrue(topics.stream().anyMatch(t -> t.code().equals("medtop:20001065")), topics::toString);
    }

    @Test
    void aWrongOrUnknownLanguageStillFindsTheTopic() {
        Article article = Article.ofText("a", "Elecciones en Chile",
                "Los votantes acudieron a las urnas para elegir presidente; el candidato de la oposición ganó la segunda vuelta.");
        assertEquals(POLITICS, TAGGER.tag(article, "und", List.of()).get(0).topLevel());
        assertEquals(POLITICS, TAGGER.tag(article, "en", List.of()).get(0).topLevel());
        assertEquals("Política", TAGGER.tag(article, "es", List.of()).get(0).label());
    }

    @Test
    void aSalientEntityWhoseNameIsACueCountsAsEvidence() {
        Entity club = new Entity("Q8682", EntityType.ORGANIZATION, "Real Madrid", true, Map.of(), 0.9, List.of());
        List<Topic> topics = TAGGER.tag(Article.ofText("a", "Noche de fiesta",
                "Los aficionados del Real Madrid celebraron en la plaza."), "es", List.of(club));
        assertEquals(SPORT, topics.get(0).topLevel(), topics::toString);
        assertTrue(topics.get(0).evidence().contains("entity:Real Madrid"), topics::toString);
    }

    @Test
    void anArticleWithoutContentGetsNoTopic() {
        assertEquals(List.of(), TAGGER.tag(Article.ofText("a", "", " \n "), "en", List.of()));
    }

    @Test
    void anArticleWithTextButNoCueGetsTheFallbackTopic() {
        List<Topic> topics = TAGGER.tag(Article.ofText("a", "", "Xyzzy plugh."), "en", List.of());
        assertEquals(1, topics.size());
        assertEquals(TopicSettings.DEFAULT_FALLBACK_TOPIC, topics.get(0).code());
        assertTrue(topics.get(0).score() < 0.1);
        assertEquals(List.of("fallback:no topic cue"), topics.get(0).evidence());
    }

    @Test
    void neverGivesMoreThanMaxTopics() {
        LexiconTopicTagger one = new LexiconTopicTagger(VOCABULARY, LEXICON, TopicPriors.load(),
                new TopicSettings("", 0.0, 1, ""), () -> TopicRules.NONE);
        List<Topic> topics = one.tag(Article.ofText("a", "Minister injured in football stadium fire",
                "The sports minister was taken to hospital after a fire broke out in the stadium during the match."),
                "en", List.of());
        assertEquals(1, topics.size());
    }
}
