package io.lede.testing;

import java.util.List;
import java.util.Map;

/** Renders flat Elasticsearch settings as elasticsearch.yml: strings quoted, lists as YAML flow sequences. */
final class YamlSettings {
    private YamlSettings() {
    }

    static String render(Map<String, Object> settings) {
        StringBuilder yaml = new StringBuilder("# written by io.lede.testing.ElasticsearchServer\n");
        settings.forEach((key, value) -> yaml.append(key).append(": ").append(value(value)).append('\n'));
        return yaml.toString();
    }

    private static String value(Object value) {
        if (value instanceof List<?> list) {
            StringBuilder sequence = new StringBuilder("[");
            for (int i = 0; i < list.size(); i++) {
                sequence.append(i == 0 ? "" : ", ").append(quote(String.valueOf(list.get(i))));
            }
            return sequence.append(']').toString();
        }
        return quote(String.valueOf(value));
    }

    private static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
