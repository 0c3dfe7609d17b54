package io.lede.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.util.List;
import javax.net.ssl.SSLContext;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.conn.ssl.NoopHostnameVerifier;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Owns the one Elasticsearch client of the bundle: nodes, TLS, authentication and timeouts. */
public final class ElasticsearchConnection implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ElasticsearchConnection.class);

    private final ElasticsearchSettings settings;
    private final RestClient restClient;
    private final ElasticsearchClient client;

    public ElasticsearchConnection(ElasticsearchSettings settings, ObjectMapper mapper) {
        this.settings = settings;
        try {
            this.restClient = BundleClassLoader.call(() -> buildRestClient(settings));
            this.client = BundleClassLoader.call(
                    () -> new ElasticsearchClient(new RestClientTransport(restClient, new JacksonJsonpMapper(mapper))));
        } catch (Exception e) {
            throw new IllegalStateException("cannot configure the Elasticsearch client (" + settings + "): "
                    + e.getMessage(), e);
        }
        LOG.info("Elasticsearch client configured: {}", settings);
    }

    private static RestClient buildRestClient(ElasticsearchSettings settings)
            throws GeneralSecurityException, IOException {
        HttpHost[] hosts = settings.hosts().stream().map(ElasticsearchConnection::host).toArray(HttpHost[]::new);
        if (hosts.length == 0) {
            throw new IllegalArgumentException("no Elasticsearch host configured");
        }
        RestClientBuilder builder = RestClient.builder(hosts);
        if (!settings.apiKey().isEmpty()) {
            builder.setDefaultHeaders(new Header[] {new BasicHeader("Authorization", "ApiKey " + settings.apiKey())});
        }
        boolean tls = List.of(hosts).stream().anyMatch(h -> "https".equals(h.getSchemeName()));
        SSLContext ssl = tls ? TlsContexts.forSettings(settings) : null;
        BasicCredentialsProvider credentials = null;
        if (settings.apiKey().isEmpty() && !settings.username().isEmpty()) {
            credentials = new BasicCredentialsProvider();
            credentials.setCredentials(AuthScope.ANY,
                    new UsernamePasswordCredentials(settings.username(), settings.password()));
        }
        BasicCredentialsProvider finalCredentials = credentials;
        builder.setHttpClientConfigCallback(http -> {
            if (finalCredentials != null) {
                http.setDefaultCredentialsProvider(finalCredentials);
            }
            if (ssl != null) {
                http.setSSLContext(ssl);
                if (!settings.verifyHostname()) {
                    http.setSSLHostnameVerifier(NoopHostnameVerifier.INSTANCE);
                }
            }
            return http;
        });
        builder.setRequestConfigCallback(req -> req.setConnectTimeout(settings.connectTimeoutMillis())
                .setSocketTimeout(settings.socketTimeoutMillis()));
        return builder.build();
    }

    private static HttpHost host(String url) {
        URI uri = URI.create(url.strip());
        int port = uri.getPort() > 0 ? uri.getPort() : 9200;
        return new HttpHost(uri.getHost(), port, uri.getScheme() == null ? "http" : uri.getScheme());
    }

    public ElasticsearchClient client() {
        return client;
    }

    public ElasticsearchSettings settings() {
        return settings;
    }

    /** Whether the cluster answers a health request. */
    public boolean isReachable() {
        try {
            return BundleClassLoader.call(() -> client.cluster().health().status() != null);
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            restClient.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
