package io.lede.entities;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Trains the {@link NameTagger} as an averaged perceptron, greedy decoding with its own previous tags. */
final class NameTaggerTrainer {
    private final int bits;
    private final KnowledgeBase kb;
    private final Lexicon lexicon;

    NameTaggerTrainer(int bits, KnowledgeBase kb, Lexicon lexicon) {
        this.bits = bits;
        this.kb = kb;
        this.lexicon = lexicon;
    }

    NameTagger train(List<TrainingCorpus.Document> corpus, int epochs) {
        int classes = NameTagger.CLASSES;
        float[] weights = new float[(1 << bits) * classes];
        double[] totals = new double[weights.length];
        int[] stamps = new int[weights.length];
        NameTagger tagger = new NameTagger(bits, weights);
        NerFeatures features = tagger.features();
        List<TaggerInput> inputs = new ArrayList<>();
        KnowledgeBase[] folds = {foldGazetteer(corpus, 1), foldGazetteer(corpus, 0)};
        for (int di = 0; di < corpus.size(); di++) {
            TrainingCorpus.Document d = corpus.get(di);
            String[] keys = Gazetteer.keys(d.tokens());
            String[] gaz = Gazetteer.tags(folds[di % 2].gazetteer().find(d.tokens(), keys), d.tokens().size());
            inputs.add(new TaggerInput(d.tokens(), lexicon, gaz));
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            order.add(i);
        }
        Random random = new Random(42);
        int[] feats = new int[NerFeatures.MAX];
        float[] scores = new float[classes];
        int time = 1;
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            int errors = 0;
            int tokens = 0;
            for (int di : order) {
                TaggerInput in = inputs.get(di);
                int[] gold = corpus.get(di).tags();
                int[] predicted = new int[in.size];
                for (int i = 0; i < in.size; i++) {
                    String prev = i > 0 ? NameTagger.TAGS.get(predicted[i - 1]) : "<s>";
                    String prevPrev = i > 1 ? NameTagger.TAGS.get(predicted[i - 2]) : "<s>";
                    int n = features.extract(in, i, prev, prevPrev, feats);
                    tagger.score(feats, n, scores);
                    int guess = NameTagger.best(scores, i > 0 ? predicted[i - 1] : 0);
                    int truth = gold[i];
                    if (guess != truth) {
                        errors++;
                        for (int k = 0; k < n; k++) {
                            update(weights, totals, stamps, feats[k] * classes + truth, 1f, time);
                            update(weights, totals, stamps, feats[k] * classes + guess, -1f, time);
                        }
                    }
                    predicted[i] = guess;
                    tokens++;
                    time++;
                }
            }
            System.err.printf("epoch %d: %.2f%% token errors%n", epoch + 1, 100.0 * errors / tokens);
        }
        for (int k = 0; k < weights.length; k++) {
            totals[k] += (time - stamps[k]) * weights[k];
            weights[k] = (float) (totals[k] / time);
        }
        return tagger;
    }

    /**
     * The knowledge base plus the names tagged in the other half of the corpus, so that the tagger sees the
     * gazetteer right about as often as it will be on new text, and learns how far to trust it.
     */
    private KnowledgeBase foldGazetteer(List<TrainingCorpus.Document> corpus, int fold) {
        KnowledgeBase out = new KnowledgeBase();
        kb.entries().forEach(out::add);
        java.util.Map<String, java.util.Map<io.lede.api.EntityType, Integer>> names = new java.util.HashMap<>();
        for (int di = fold; di < corpus.size(); di += 2) {
            TrainingCorpus.Document d = corpus.get(di);
            int[] tags = d.tags();
            for (int i = 0; i < tags.length; i++) {
                if (tags[i] == 0 || NameTagger.isInside(tags[i])) {
                    continue;
                }
                int end = i + 1;
                while (end < tags.length && tags[end] == tags[i] + 1) {
                    end++;
                }
                io.lede.api.EntityType type = NameFinder.typeOf(NameTagger.TAGS.get(tags[i]));
                if (type != null) {
                    StringBuilder name = new StringBuilder();
                    for (int k = i; k < end; k++) {
                        name.append(k > i ? " " : "").append(d.tokens().get(k).text());
                    }
                    names.computeIfAbsent(name.toString(), n -> new java.util.EnumMap<>(io.lede.api.EntityType.class))
                            .merge(type, 1, Integer::sum);
                }
            }
        }
        names.forEach((name, votes) -> {
            io.lede.api.EntityType type = java.util.Collections.max(votes.entrySet(),
                    java.util.Map.Entry.comparingByValue()).getKey();
            out.add(new KbEntry("", type, 9, name, java.util.Map.of(), List.of(name)));
        });
        return out;
    }

    private static void update(float[] w, double[] totals, int[] stamps, int k, float delta, int time) {
        totals[k] += (time - stamps[k]) * w[k];
        stamps[k] = time;
        w[k] += delta;
    }
}
