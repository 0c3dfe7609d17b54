package io.lede.index;

import co.elastic.clients.elasticsearch.indices.GetAliasResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Which versioned indices of the article alias exist, and which aliases each carries (one request). */
final class AliasLookup {
    private final ElasticsearchConnection connection;
    private final IndexLayout layout;

    AliasLookup(ElasticsearchConnection connection, IndexLayout layout) {
        this.connection = connection;
        this.layout = layout;
    }

    /** Versioned index name to its aliases, for every {@code <alias>-v*} index (sorted by name). */
    Map<String, Set<String>> aliasesByIndex() throws Exception {
        GetAliasResponse response = BundleClassLoader.call(() -> connection.client().indices()
                .getAlias(g -> g.index(layout.indexPattern()).allowNoIndices(true)));
        Map<String, Set<String>> result = new TreeMap<>();
        response.result().forEach((index, aliases) -> result.put(index, new TreeSet<>(aliases.aliases().keySet())));
        return result;
    }

    /** The indices carrying {@code alias}. */
    List<String> indicesWith(String alias) throws Exception {
        return aliasesByIndex().entrySet().stream().filter(e -> e.getValue().contains(alias))
                .map(Map.Entry::getKey).toList();
    }
}
