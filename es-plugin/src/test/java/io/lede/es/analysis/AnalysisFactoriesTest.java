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

    /** The security index's e-mail analyser: uax_url_email, then pattern_capture, lowercase and unique. */
    @Test
    void theSecurityIndexEmailAnalyserChainWorks() throws Exception {
        PatternCaptureTokenFilterFactory capture = new PatternCaptureTokenFilterFactory(
                new PatternCaptureTokenFilterFactory.Settings() {
                    @Override
                    public List<String> patterns() {
                        return List.of("([^@]+)", "(\\p{L}+)", "(\\d+)", "@(.+)");
                    }

                    @Override
                    public boolean preserveOriginal() {
                        return true;
                    }
                });
        UniqueTokenFilterFactory unique = new UniqueTokenFilterFactory(() -> false);
        org.apache.lucene.analysis.Tokenizer tokenizer = new UaxUrlEmailTokenizerFactory(() -> 255).create();
        tokenizer.setReader(new StringReader("Jane.Doe42@Example.org jane"));
        List<String> tokens = new java.util.ArrayList<>();
        try (org.apache.lucene.analysis.TokenStream ts = unique.create(capture.create(tokenizer))) {
            org.apache.lucene.analysis.tokenattributes.CharTermAttribute term =
                    ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                tokens.add(term.toString());
            }
            ts.end();
        }
        assertEquals(List.of("Jane.Doe42@Example.org", "Jane.Doe42", "Jane", "Doe", "42", "Example.org", "Example",
                "org", "jane"), tokens);
    }

    @Test
    void patternCaptureWithoutPatternsPassesTokensThrough() {
        PatternCaptureTokenFilterFactory factory = new PatternCaptureTokenFilterFactory(
                new PatternCaptureTokenFilterFactory.Settings() {
                    @Override
                    public List<String> patterns() {
                        return List.of();
                    }

                    @Override
                    public boolean preserveOriginal() {
                        return true;
                    }
                });
        assertEquals(List.of("a@b.c", "d"), Tokens.whitespace(new StringReader("a@b.c d"), factory::create));
    }
}
