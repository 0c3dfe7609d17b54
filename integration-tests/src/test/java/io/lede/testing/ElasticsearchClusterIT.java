package io.lede.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Two nodes form one cluster and a replica is allocated across them. Opt-in (two more JVMs of 512 MB and
 * about a minute): {@code -Dlede.es.cluster-tests=true}.
 */
@EnabledIfSystemProperty(named = "lede.es.cluster-tests", matches = "true")
class ElasticsearchClusterIT {

    @Test
    void twoNodesFormOneClusterAndAllocateAReplica() {
        try (ElasticsearchCluster cluster = ElasticsearchCluster.start("lede-pair", 2)) {
            EsHttp first = new EsHttp(cluster.node(0).httpUrl());
            EsHttp second = new EsHttp(cluster.node(1).httpUrl());
            first.put("/replicated", Map.of("settings", Map.of("number_of_shards", 1, "number_of_replicas", 1)));

            JsonNode health = second.get("/_cluster/health/replicated?wait_for_status=green&timeout=60s");

            assertEquals(2, health.path("number_of_nodes").asInt());
            assertEquals("green", health.path("status").asText());
            List<String> names = new ArrayList<>();
            second.get("/_cat/nodes?format=json&h=name&s=name").forEach(node -> names.add(node.path("name").asText()));
            assertEquals(List.of("lede-pair-1", "lede-pair-2"), names);
        }
    }
}
