package io.lede.es.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** The standard {@code italian} analyzer: Lucene's {@link ItalianAnalyzer} with its default stop words and stemmer. */
@NamedComponent("italian")
public final class ItalianAnalyzerFactory implements AnalyzerFactory {
    @Override
    public Analyzer create() {
        return new ItalianAnalyzer();
    }
}
