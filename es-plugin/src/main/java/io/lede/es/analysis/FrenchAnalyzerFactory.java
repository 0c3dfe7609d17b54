package io.lede.es.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** The standard {@code french} analyzer: Lucene's {@link FrenchAnalyzer} with its default stop words and stemmer. */
@NamedComponent("french")
public final class FrenchAnalyzerFactory implements AnalyzerFactory {
    @Override
    public Analyzer create() {
        return new FrenchAnalyzer();
    }
}
