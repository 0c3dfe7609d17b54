package io.lede.es.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** The standard {@code german} analyzer: Lucene's {@link GermanAnalyzer} with its default stop words and stemmer. */
@NamedComponent("german")
public final class GermanAnalyzerFactory implements AnalyzerFactory {
    @Override
    public Analyzer create() {
        return new GermanAnalyzer();
    }
}
