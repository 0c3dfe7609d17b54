package io.lede.testing;

import java.nio.file.Path;

/**
 * Where {@link SlingInstance} finds the launcher, the artifacts and Lede's bundle: system properties set by the
 * build (failsafe, demo.sh), with defaults relative to the integration-tests module directory.
 */
public final class SlingSettings {
    private SlingSettings() {
    }

    /** The feature launcher and its libraries, copied by the build (default {@code target/sling-launcher}). */
    public static Path launcherDirectory() {
        return path("lede.sling.launcher", Path.of("target", "sling-launcher"));
    }

    /**
     * The launcher's artifact cache. Outside {@code target} by default so that {@code mvn clean} does not fetch
     * Sling's ~220 bundles again.
     */
    public static Path launcherCache() {
        return path("lede.sling.cache", Path.of(System.getProperty("user.home"), ".cache", "lede", "sling-launcher"));
    }

    /** The local Maven repository, searched before Maven Central. */
    public static Path mavenRepository() {
        return path("lede.m2.repository", Path.of(System.getProperty("user.home"), ".m2", "repository"));
    }

    /** Lede's built bundle (the same jar the Felix tests install). */
    public static Path ledeBundle() {
        return TestBundles.directory().resolve("50-lede-bundle.jar").toAbsolutePath().normalize();
    }

    public static String heap() {
        return System.getProperty("lede.sling.heap", "1g");
    }

    private static Path path(String property, Path fallback) {
        String value = System.getProperty(property);
        return (value == null || value.isBlank() ? fallback : Path.of(value)).toAbsolutePath().normalize();
    }
}
