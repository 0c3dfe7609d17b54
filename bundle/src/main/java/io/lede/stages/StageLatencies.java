package io.lede.stages;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** One {@link LatencyHistogram} per {@link Stage}; the recorder the pipeline hands to every step. */
public final class StageLatencies implements StageRecorder {
    private final Map<Stage, LatencyHistogram> histograms = new EnumMap<>(Stage.class);

    public StageLatencies() {
        for (Stage s : Stage.values()) {
            histograms.put(s, new LatencyHistogram());
        }
    }

    @Override
    public void record(Stage stage, long nanos) {
        histograms.get(stage).recordNanos(nanos);
    }

    /** Every stage, in pipeline order. */
    public Map<Stage, LatencyHistogram.Snapshot> snapshot() {
        Map<Stage, LatencyHistogram.Snapshot> out = new EnumMap<>(Stage.class);
        histograms.forEach((stage, h) -> out.put(stage, h.snapshot()));
        return Collections.unmodifiableMap(out);
    }
}
