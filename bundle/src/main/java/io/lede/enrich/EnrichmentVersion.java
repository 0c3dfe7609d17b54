package io.lede.enrich;

import io.lede.enrich.EnrichmentFactory.EnrichmentSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The enrichment version every indexed document carries ({@code enrichmentVersion}), so that a reindex can enrich
 * again only the documents an older pipeline produced. The rule: {@code <Enricher.VERSION>-<hash>}, where
 * {@link Enricher#VERSION} is bumped by hand when the enrichment code changes its output, and the hash (SHA-256,
 * first 10 hex digits) covers everything else that decides the output: the shipped models and vocabularies
 * ({@link #SHIPPED_DATA}), the site's language settings, the topic settings, and the contents of the newsroom's
 * entity and topic-rule files. Any change of these gives a new version; the same inputs always give the same one.
 */
public final class EnrichmentVersion {
    /** Shipped data that decides the enrichment output; a new model file belongs here. */
    static final List<String> SHIPPED_DATA = List.of(
            "/io/lede/language/ngram-models.bin.gz",
            "/io/lede/entities/knowledge-base.tsv.gz",
            "/io/lede/entities/name-tagger.bin.gz",
            "/io/lede/entities/lexicon.tsv.gz",
            "/io/lede/topics/mediatopics.json",
            "/io/lede/topics/priors.tsv",
            "/io/lede/topics/lexicon-de.tsv",
            "/io/lede/topics/lexicon-en.tsv",
            "/io/lede/topics/lexicon-es.tsv",
            "/io/lede/topics/lexicon-fr.tsv",
            "/io/lede/topics/lexicon-it.tsv");

    private EnrichmentVersion() {
    }

    public static String of(EnrichmentSettings settings) {
        MessageDigest digest = sha256();
        for (String resource : SHIPPED_DATA) {
            try (InputStream in = EnrichmentVersion.class.getResourceAsStream(resource)) {
                update(digest, resource);
                if (in != null) {
                    byte[] buffer = new byte[1 << 16];
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        digest.update(buffer, 0, n);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
        update(digest, String.join(",", settings.siteLanguages()) + "|" + settings.defaultLanguage() + "|"
                + settings.languageHintWeight() + "|" + settings.minLanguageConfidence() + "|" + settings.topics());
        file(digest, settings.entityExtensionFile());
        file(digest, settings.topics().rulesFile());
        return Enricher.VERSION + "-" + HexFormat.of().formatHex(digest.digest()).substring(0, 10);
    }

    private static void file(MessageDigest digest, String path) {
        update(digest, "file:" + path);
        if (path == null || path.isBlank()) {
            return;
        }
        try {
            digest.update(Files.readAllBytes(Path.of(path)));
        } catch (IOException e) {
            update(digest, "unreadable"); // the factory reports the unreadable file itself
        }
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JRE has no SHA-256", e);
        }
    }
}
