package io.lede.cli;

import io.lede.index.ElasticsearchSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * How a command reaches the cluster, as the bundle's {@link ElasticsearchSettings}: TLS trust from a CA certificate
 * file or a pinned fingerprint, and basic auth or an API key. Secrets come from the environment only
 * ({@value #PASSWORD_ENV}, {@value #API_KEY_ENV}), never from the command line, so they stay out of the process
 * list and the shell history; the settings' {@code toString()} (what is logged) never shows them.
 */
final class ClusterAccess {
    static final String PASSWORD_ENV = "LEDE_ES_PASSWORD";
    static final String API_KEY_ENV = "LEDE_ES_API_KEY";
    static final String USAGE = "[--user U (password from " + PASSWORD_ENV + ") | API key from " + API_KEY_ENV + "]\n"
            + "                [--ca-cert PEM-FILE | --ca-fingerprint SHA256] [--no-hostname-check]";

    private String user = "";
    private String caCertificate = "";
    private String fingerprint = "";
    private boolean verifyHostname = true;

    /** Whether {@code option} is a flag of this class (it takes no value); reads it if so. */
    boolean flag(String option) {
        if (option.equals("--no-hostname-check")) {
            verifyHostname = false;
            return true;
        }
        return false;
    }

    /** Whether {@code option} takes a value of this class; reads it if so. */
    boolean option(String option, String value) {
        switch (option) {
            case "--user" -> user = value;
            case "--ca-cert" -> caCertificate = value;
            case "--ca-fingerprint" -> fingerprint = value;
            default -> {
                return false;
            }
        }
        return true;
    }

    /** What is wrong with the options, or null. */
    String problem() {
        if (!caCertificate.isEmpty() && !Files.isReadable(Path.of(caCertificate))) {
            return "--ca-cert " + caCertificate + " is not a readable file";
        }
        if (!caCertificate.isEmpty() && !fingerprint.isEmpty()) {
            return "give --ca-cert or --ca-fingerprint, not both";
        }
        if (!fingerprint.isEmpty() && !fingerprint.replace(":", "").matches("[0-9a-fA-F]{64}")) {
            return "--ca-fingerprint must be a SHA-256 fingerprint (64 hex digits, colons allowed)";
        }
        return null;
    }

    /** The settings for {@code urls} (comma-separated), secrets read from {@code env}. */
    ElasticsearchSettings settings(String urls, Map<String, String> env) {
        ElasticsearchSettings settings = ElasticsearchSettings.of(Arrays.stream(urls.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toArray(String[]::new));
        String apiKey = env.getOrDefault(API_KEY_ENV, "").strip();
        if (!apiKey.isEmpty()) {
            settings = settings.withApiKey(apiKey);
        }
        if (!user.isEmpty()) {
            settings = settings.withBasicAuth(user, env.getOrDefault(PASSWORD_ENV, ""));
        }
        if (!caCertificate.isEmpty() || !fingerprint.isEmpty() || !verifyHostname) {
            settings = settings.withTls(caCertificate, fingerprint, verifyHostname);
        }
        return settings;
    }
}
