package io.lede.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class YamlSettingsTest {
    @Test
    void quotesScalarsAndWritesListsAsFlowSequences() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("node.name", "a \"quoted\" name");
        settings.put("discovery.seed_hosts", List.of("127.0.0.1:9300", "127.0.0.1:9301"));
        assertEquals("# written by io.lede.testing.ElasticsearchServer\n"
                + "node.name: \"a \\\"quoted\\\" name\"\n"
                + "discovery.seed_hosts: [\"127.0.0.1:9300\", \"127.0.0.1:9301\"]\n", YamlSettings.render(settings));
    }
}
