package io.lede.index;

import java.util.List;

/**
 * How to reach the Elasticsearch cluster. Secrets are never part of {@link #toString()}.
 *
 * @param hosts               node URLs, e.g. {@code https://es1:9200}
 * @param username            basic-auth user, empty for none
 * @param password            basic-auth password
 * @param apiKey              API key (the encoded id:key form), empty for none; wins over basic auth
 * @param caCertificatePath   PEM file of the CA that signed the cluster's HTTP certificate, empty for the JDK's
 * @param fingerprint         SHA-256 fingerprint of the CA or server certificate (hex, colons allowed), empty for none
 * @param verifyHostname      whether the certificate must name the host
 * @param connectTimeoutMillis connect timeout
 * @param socketTimeoutMillis  socket (response) timeout
 */
public record ElasticsearchSettings(List<String> hosts, String username, String password, String apiKey,
                                    String caCertificatePath, String fingerprint, boolean verifyHostname,
                                    int connectTimeoutMillis, int socketTimeoutMillis) {

    public ElasticsearchSettings {
        hosts = List.copyOf(hosts);
        username = emptyIfNull(username);
        password = emptyIfNull(password);
        apiKey = emptyIfNull(apiKey);
        caCertificatePath = emptyIfNull(caCertificatePath);
        fingerprint = emptyIfNull(fingerprint);
    }

    public static ElasticsearchSettings of(String... hosts) {
        return new ElasticsearchSettings(List.of(hosts), "", "", "", "", "", true, 5_000, 30_000);
    }

    public ElasticsearchSettings withBasicAuth(String user, String pass) {
        return new ElasticsearchSettings(hosts, user, pass, apiKey, caCertificatePath, fingerprint, verifyHostname,
                connectTimeoutMillis, socketTimeoutMillis);
    }

    public ElasticsearchSettings withApiKey(String key) {
        return new ElasticsearchSettings(hosts, username, password, key, caCertificatePath, fingerprint,
                verifyHostname, connectTimeoutMillis, socketTimeoutMillis);
    }

    public ElasticsearchSettings withTls(String caPath, String sha256Fingerprint, boolean verify) {
        return new ElasticsearchSettings(hosts, username, password, apiKey, caPath, sha256Fingerprint, verify,
                connectTimeoutMillis, socketTimeoutMillis);
    }

    private static String emptyIfNull(String s) {
        return s == null ? "" : s;
    }

    /** Describes the connection without any secret. */
    @Override
    public String toString() {
        String auth = !apiKey.isEmpty() ? "api-key" : !username.isEmpty() ? "basic(" + username + ")" : "none";
        return "hosts=" + hosts + ", auth=" + auth + ", ca=" + (caCertificatePath.isEmpty() ? "jdk" : caCertificatePath)
                + ", fingerprint=" + (fingerprint.isEmpty() ? "none" : "set") + ", verifyHostname=" + verifyHostname;
    }
}
