package io.lede.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** An Elasticsearch plugin zip: its name (from the descriptor inside) and a fingerprint of its bytes. */
final class PluginZip {
    private static final String[] DESCRIPTORS = {"stable-plugin-descriptor.properties", "plugin-descriptor.properties"};

    private final Path file;
    private final String name;

    private PluginZip(Path file, String name) {
        this.file = file;
        this.name = name;
    }

    static PluginZip of(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("plugin zip not found: " + file + " (build the es-plugin module first)");
        }
        return new PluginZip(file.toAbsolutePath().normalize(), readName(file));
    }

    Path file() {
        return file;
    }

    String name() {
        return name;
    }

    String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String readName(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (String descriptor : DESCRIPTORS) {
                ZipEntry entry = zip.getEntry(descriptor);
                if (entry != null) {
                    Properties properties = new Properties();
                    try (InputStream in = zip.getInputStream(entry)) {
                        properties.load(in);
                    }
                    String name = properties.getProperty("name");
                    if (name == null || name.isBlank()) {
                        throw new IllegalArgumentException(descriptor + " in " + file + " has no name");
                    }
                    return name.trim();
                }
            }
            throw new IllegalArgumentException(file + " contains no plugin descriptor");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read plugin zip " + file, e);
        }
    }
}
