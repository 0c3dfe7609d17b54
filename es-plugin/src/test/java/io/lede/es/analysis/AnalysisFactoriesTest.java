package io.lede.es.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.List;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Pins the observable output of each factory: stop words removed, inflections stemmed. */
class AnalysisFactoriesTest {

    static Stream<Arguments> languages() {
        return Stream.of(
                Arguments.of(new FrenchAnalyzerFactory(), "Les chevaux mangeaient", List.of("cheval", "mangeaient")),
                Arguments.of(new EnglishAnalyzerFactory(), "The talks were running", List.of("talk", "were", "run")),
                Arguments.of(new GermanAnalyzerFactory(), "Die Häuser der Städte", List.of("haus", "stadt")),
                Arguments.of(new SpanishAnalyzerFactory(), "Los gatos comieron las manzanas", List.of("gat", "comieron", "manzan")),
                Arguments.of(new ItalianAnalyzerFactory(), "Gli studenti leggono i libri", List.of("student", "leggon", "libri")),
                Arguments.of(new DutchAnalyzerFactory(), "De fietsen van de kinderen", List.of("fiets", "kinder")),
                Arguments.of(new PortugueseAnalyzerFactory(), "Os gatos comeram as maçãs", List.of("gato", "comeram", "maca")));
    }

    @ParameterizedTest
    @MethodSource("languages")
    void languageAnalyzerRemovesStopWordsAndStems(AnalyzerFactory factory, String text, List<String> expected) {
        try (Analyzer analyzer = factory.create()) {
            assertEquals(expected, Tokens.of(analyzer, text));
        }
    }

    @Test
    void asciiFoldingRemovesDiacritics() {
        AsciiFoldingTokenFilterFactory factory = new AsciiFoldingTokenFilterFactory();
        assertEquals(List.of("Creme", "brulee", "Sao", "Paulo"),
                Tokens.whitespace(new StringReader("Crème brûlée São Paulo"), factory::create));
        assertEquals(List.of("Zurich"), Tokens.whitespace(new StringReader("Zürich"), factory::normalize));
    }

    @Test
    void htmlStripRemovesTagsAndDecodesEntities() {
        HtmlStripCharFilterFactory factory = new HtmlStripCharFilterFactory();
        assertEquals(List.of("Tom", "&", "Jerry", "live"),
                Tokens.whitespace(factory.create(new StringReader("<p><b>Tom</b> &amp; Jerry</p><script>x()</script> live")),
                        s -> s));
    }
}
