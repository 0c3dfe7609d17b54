package io.lede.es.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;
import org.elasticsearch.plugin.analysis.CharFilterFactory;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.analysis.TokenizerFactory;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The hand-written {@code named_components.json} is what Elasticsearch actually reads; this test keeps it
 * identical to what Elastic's Gradle scanner would derive from the {@link NamedComponent} annotations.
 */
class NamedComponentsJsonTest {
    private static final Path JSON = Path.of("src/main/plugin/named_components.json");
    private static final Path CLASSES = Path.of("target/classes");
    private static final Class<?>[] EXTENSIBLES = {AnalyzerFactory.class, TokenFilterFactory.class, CharFilterFactory.class,
        TokenizerFactory.class};

    @Test
    void jsonMatchesAnnotatedClasses() throws IOException {
        Map<String, Map<String, String>> declared = new ObjectMapper().readValue(JSON.toFile(), new TypeReference<>() {
        });
        assertEquals(scanAnnotatedClasses(), new TreeMap<>(declared));
    }

    @Test
    void everyComponentHasAPublicNoArgOrInjectedSettingsConstructor() throws Exception {
        for (Map<String, String> components : scanAnnotatedClasses().values()) {
            for (String className : components.values()) {
                Class<?> type = Class.forName(className);
                boolean ok = false;
                for (java.lang.reflect.Constructor<?> c : type.getConstructors()) {
                    ok |= c.getParameterCount() == 0 || (c.isAnnotationPresent(Inject.class) && c.getParameterCount() == 1
                            && c.getParameterTypes()[0].isAnnotationPresent(AnalysisSettings.class));
                }
                assertTrue(ok && Modifier.isPublic(type.getModifiers()), className);
            }
        }
    }

    private static Map<String, Map<String, String>> scanAnnotatedClasses() throws IOException {
        Map<String, Map<String, String>> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                Class<?> type = load(file);
                NamedComponent named = type.getAnnotation(NamedComponent.class);
                if (named == null) {
                    continue;
                }
                Class<?> extensible = extensibleOf(type);
                found.computeIfAbsent(extensible.getName(), k -> new TreeMap<>()).put(named.value(), type.getName());
            }
        }
        return found;
    }

    private static Class<?> extensibleOf(Class<?> type) {
        for (Class<?> candidate : EXTENSIBLES) {
            if (candidate.isAssignableFrom(type)) {
                return candidate;
            }
        }
        throw new AssertionError(type + " is annotated @NamedComponent but implements no known extensible");
    }

    private static Class<?> load(Path classFile) {
        String relative = CLASSES.relativize(classFile).toString();
        String name = relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("cannot load " + name, e);
        }
    }

    @Test
    void descriptorTemplateHasOnlyStableKeys() throws IOException {
        java.util.Properties props = new java.util.Properties();
        try (var in = Files.newInputStream(Path.of("src/main/plugin/stable-plugin-descriptor.properties"))) {
            props.load(in);
        }
        assertEquals(java.util.Set.of("name", "description", "version", "elasticsearch.version", "java.version"),
                props.stringPropertyNames());
        assertNotNull(props.getProperty("name"));
    }
}
