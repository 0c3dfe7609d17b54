package io.lede.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest_client.RestClientOptions;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lede.index.ElasticsearchConnection;
import io.lede.topics.MediaTopicVocabulary;
import org.apache.http.client.config.RequestConfig;
import org.elasticsearch.client.RequestOptions;

/** The three read services on the bundle's Elasticsearch connection, built once per configuration. */
public record SearchServices(SearchService search, RelatedCoverage related, EntitySuggestions entities) {

    /**
     * Reads use the pipeline's client with a socket timeout a second longer than the query timeout, so that a
     * hung node costs a reader at most that long (Elasticsearch's own {@code timeout} covers the slow query).
     */
    public static SearchServices create(ElasticsearchConnection connection, SearchSettings settings,
                                        MediaTopicVocabulary topics, ObjectMapper mapper) {
        int socketTimeout = (int) Math.min(Integer.MAX_VALUE, settings.timeout().toMillis() + 1000);
        RequestOptions options = RequestOptions.DEFAULT.toBuilder().setRequestConfig(RequestConfig.custom()
                .setConnectTimeout(connection.settings().connectTimeoutMillis())
                .setSocketTimeout(socketTimeout).build()).build();
        ElasticsearchClient client = connection.client().withTransportOptions(new RestClientOptions(options, false));
        return new SearchServices(new SearchService(client, settings, topics, mapper),
                new RelatedCoverage(client, settings, topics, mapper),
                new EntitySuggestions(client, settings, mapper));
    }
}
