package io.lede.es.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** The standard {@code portuguese} analyzer: Lucene's {@link PortugueseAnalyzer} with its default stop words and stemmer. */
@NamedComponent("portuguese")
public final class PortugueseAnalyzerFactory implements AnalyzerFactory {
    @Override
    public Analyzer create() {
        return new PortugueseAnalyzer();
    }
}
