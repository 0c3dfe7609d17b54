package io.lede.osgi.http;

import io.lede.http.JsonResponses;
import io.lede.http.SearchEndpoints;
import io.lede.osgi.PipelineComponent;
import io.lede.search.SearchServices;
import io.lede.search.SearchSettings;
import io.lede.topics.MediaTopicVocabulary;
import java.time.Duration;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The read side's configuration and services, on the pipeline's Elasticsearch connection and alias. */
@Component(service = SearchComponent.class, configurationPid = SearchComponent.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = SearchComponent.Config.class)
public class SearchComponent {
    public static final String PID = "io.lede.search";
    /** The languages with analysed sub-fields, in the order their labels are preferred. */
    static final List<String> LANGUAGES = List.of("en", "fr", "de", "es", "it", "nl", "pt");

    @ObjectClassDefinition(name = "Lede search", description = "Limits of /lede/api/search, /related and /entities")
    public @interface Config {
        @AttributeDefinition(name = "Largest page size", description = "Most results per search page (1-50)")
        int maxPageSize() default SearchSettings.DEFAULT_MAX_PAGE_SIZE;

        @AttributeDefinition(name = "Longest query", description = "Most characters of the q parameter (1-500)")
        int maxQueryLength() default SearchSettings.DEFAULT_MAX_QUERY_LENGTH;

        @AttributeDefinition(name = "Query timeout (ms)", description = "Slower searches answer 503")
        int queryTimeoutMillis() default SearchSettings.DEFAULT_TIMEOUT_MILLIS;
    }

    private final SearchEndpoints endpoints;

    @Activate
    public SearchComponent(@Reference PipelineComponent pipeline, Config config) {
        SearchSettings settings = settings(pipeline.runtime().alias(), config);
        SearchServices services = SearchServices.create(pipeline.runtime().connection(), settings,
                MediaTopicVocabulary.load(), JsonResponses.mapper());
        this.endpoints = new SearchEndpoints(services.search(), services.related(), services.entities(), settings);
    }

    static SearchSettings settings(String alias, Config c) {
        return new SearchSettings(alias, LANGUAGES,
                Math.max(1, Math.min(SearchSettings.DEFAULT_MAX_PAGE_SIZE, c.maxPageSize())),
                Math.max(1, Math.min(SearchSettings.DEFAULT_MAX_QUERY_LENGTH, c.maxQueryLength())),
                Duration.ofMillis(Math.max(1, c.queryTimeoutMillis())));
    }

    public SearchEndpoints endpoints() {
        return endpoints;
    }
}
