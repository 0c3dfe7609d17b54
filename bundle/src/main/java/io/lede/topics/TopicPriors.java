package io.lede.topics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** How much the evidence of each level-1 topic weighs, 1 unless the shipped priors say otherwise. */
public final class TopicPriors {
    public static final TopicPriors NEUTRAL = new TopicPriors(Map.of());
    static final String RESOURCE = "priors.tsv";

    private final Map<String, Double> weights;

    public TopicPriors(Map<String, Double> weights) {
        this.weights = Map.copyOf(weights);
    }

    public static TopicPriors load() {
        try (InputStream in = TopicPriors.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource io/lede/topics/" + RESOURCE);
            }
            Map<String, Double> weights = new HashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split("\t");
                    weights.put(f[0], Double.parseDouble(f[1]));
                }
            }
            return new TopicPriors(weights);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public double weight(String levelOneCode) {
        return weights.getOrDefault(levelOneCode, 1.0);
    }
}
