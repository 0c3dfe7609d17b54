package io.lede.es.analysis;

import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.pattern.PatternCaptureGroupTokenFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;
import org.elasticsearch.plugin.settings.ListSetting;

/**
 * The standard {@code pattern_capture} token filter ({@code patterns}, {@code preserve_original}): emits each
 * capture group of each pattern as a token. The security index's e-mail analyser needs it (API keys).
 */
@NamedComponent("pattern_capture")
public final class PatternCaptureTokenFilterFactory implements TokenFilterFactory {
    /** The filter's settings in the index's analysis section. */
    @AnalysisSettings
    public interface Settings {
        @ListSetting(path = "patterns")
        List<String> patterns();

        @BooleanSetting(path = "preserve_original", defaultValue = true)
        boolean preserveOriginal();
    }

    private final Pattern[] patterns;
    private final boolean preserveOriginal;

    /**
     * Elasticsearch also builds every stable-plugin component once without settings (for use by name alone), so an
     * empty {@code patterns} must not fail: the filter then passes tokens through.
     */
    @Inject
    public PatternCaptureTokenFilterFactory(Settings settings) {
        this.patterns = settings.patterns().stream().map(Pattern::compile).toArray(Pattern[]::new);
        this.preserveOriginal = settings.preserveOriginal();
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        if (patterns.length == 0) {
            return tokenStream;
        }
        return new PatternCaptureGroupTokenFilter(tokenStream, preserveOriginal, patterns);
    }
}
