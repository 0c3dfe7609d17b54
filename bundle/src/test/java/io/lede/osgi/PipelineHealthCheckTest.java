package io.lede.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lede.pipeline.HealthVerdict;
import java.util.List;
import org.apache.felix.hc.api.Result;
import org.junit.jupiter.api.Test;

class PipelineHealthCheckTest {
    @Test
    void eachVerdictBecomesTheHealthCheckStatusWithItsReasons() {
        Result ok = PipelineHealthCheck.toResult(new HealthVerdict(HealthVerdict.Level.OK, List.of("running")));
        assertEquals(Result.Status.OK, ok.getStatus());
        Result warn = PipelineHealthCheck.toResult(new HealthVerdict(HealthVerdict.Level.WARN, List.of("1 dead letter")));
        assertEquals(Result.Status.WARN, warn.getStatus());
        Result critical = PipelineHealthCheck.toResult(new HealthVerdict(HealthVerdict.Level.CRITICAL,
                List.of("Elasticsearch is not reachable")));
        assertEquals(Result.Status.CRITICAL, critical.getStatus());
        assertTrue(critical.iterator().next().getMessage().contains("Elasticsearch is not reachable"));
    }
}
