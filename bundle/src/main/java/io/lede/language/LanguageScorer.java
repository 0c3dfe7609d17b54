package io.lede.language;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Scores a text against every language's character n-gram model. Each word is read as
 * {@code WORD_START letters WORD_END}; each of its symbols after the start costs
 * -ln P(symbol | up to four preceding symbols), where P mixes the language's 1- to 5-gram estimates with
 * fixed weights (favouring long contexts) and a small floor; a symbol the language does not know at all costs
 * {@link ScoringParameters#unseenCost()}.
 * <p>
 * A word's contribution depends on the word alone, so a word that recurs is remembered from its second
 * occurrence on (up to {@link #CACHE_BUDGET} probabilities, about 1 MB): news repeats its function words, and
 * scoring a word reads a few hundred postings from a table of tens of megabytes. The remembered probabilities
 * are multiplied in exactly as they would be computed, so results do not depend on the cache.
 * <p>
 * Not thread-safe: one scorer per detector.
 */
final class LanguageScorer implements LetterWords.Visitor {
    /** Marks the start of a word in the models' n-grams. */
    static final char WORD_START = '\u0002';
    /** Marks the end of a word in the models' n-grams. */
    static final char WORD_END = '\u0003';
    /** Mixture weight of each n-gram order (index = order). */
    private static final double[] ORDER_WEIGHTS = {0, 0.01, 0.03, 0.1, 0.26, 0.6};
    private static final double FLOOR = 1e-6;
    /** Products of probabilities are turned into log sums before they can underflow. */
    private static final double UNDERFLOW_GUARD = 1e-200;
    /** Probabilities the word cache holds at most (9 bytes each): small enough to stay in the CPU's caches. */
    static final int CACHE_BUDGET = 100_000;
    private static final int SEEN_ONCE_LIMIT = 20_000;

    private final NgramTable table;
    private final int languageCount;
    private final double unseenCost;
    private final double[] probabilityOfCost = new double[256];
    /** {@code ORDER_WEIGHTS[order] * probabilityOfCost[cost]} at {@code [order * 256 + cost]}. */
    private final double[] weightedProbability = new double[(NgramModels.MAX_ORDER + 1) * 256];
    /** Words seen at least twice recently; emptied when they hold more than {@link #CACHE_BUDGET} probabilities. */
    private final Map<String, WordScore> wordScores = new HashMap<>();
    /** Words seen once recently: a word is remembered at its second occurrence, most words never recur. */
    private final Set<String> seenOnce = new HashSet<>();
    private int cachedProbabilities;
    private byte[] wordLanguages = new byte[1024];
    private double[] wordProbabilities = new double[1024];
    private final int[] highestOrder;
    private final int[] scoredAt;
    private final double[] mixture;
    private final int[] found;
    private final int[] contextFound;
    private final int[] contextAt;
    /** Sum of the weights of the orders in a bit mask (bit n = order n). */
    private final double[] weightOfOrders = new double[1 << (NgramModels.MAX_ORDER + 1)];
    /** Bit mask of the orders 1..n. */
    private final int[] orderMask = new int[NgramModels.MAX_ORDER + 1];
    private final int[] touched;
    private final double[] product;
    private final int[] seen;
    private final double[] logLikelihood;
    private char[] symbols = new char[64];
    private int position;
    private int symbolCount;
    private int wordCount;

    LanguageScorer(NgramModels models, ScoringParameters parameters) {
        this.table = models.table();
        this.languageCount = models.languages().size();
        this.unseenCost = parameters.unseenCost();
        for (int cost = 0; cost < probabilityOfCost.length; cost++) {
            probabilityOfCost[cost] = Math.exp(-cost * models.costStep());
        }
        for (int order = 1; order <= NgramModels.MAX_ORDER; order++) {
            for (int cost = 0; cost < probabilityOfCost.length; cost++) {
                weightedProbability[order * 256 + cost] = ORDER_WEIGHTS[order] * probabilityOfCost[cost];
            }
        }
        highestOrder = new int[languageCount];
        for (int language = 0; language < languageCount; language++) {
            highestOrder[language] = models.highestOrder(language);
        }
        scoredAt = new int[languageCount];
        mixture = new double[languageCount];
        found = new int[languageCount];
        contextFound = new int[languageCount];
        contextAt = new int[languageCount];
        for (int mask = 0; mask < weightOfOrders.length; mask++) {
            for (int order = 1; order <= NgramModels.MAX_ORDER; order++) {
                if ((mask & (1 << order)) != 0) {
                    weightOfOrders[mask] += ORDER_WEIGHTS[order];
                }
            }
        }
        for (int order = 1; order <= NgramModels.MAX_ORDER; order++) {
            orderMask[order] = orderMask[order - 1] | (1 << order);
        }
        touched = new int[languageCount];
        product = new double[languageCount];
        seen = new int[languageCount];
        logLikelihood = new double[languageCount];
        reset();
    }

    /** Forgets all text added so far. */
    void reset() {
        Arrays.fill(product, 1);
        Arrays.fill(seen, 0);
        Arrays.fill(logLikelihood, 0);
        symbolCount = 0;
        wordCount = 0;
    }

    /** Adds the text's first {@code maxLetters} letters; returns how many letters were added. */
    int add(CharSequence text, int maxLetters) {
        return LetterWords.visit(text, maxLetters, this);
    }

    /** Log-likelihood of the text so far per language (index as in {@link NgramModels#languages()}), in nats. */
    double[] logLikelihoods() {
        double[] result = new double[languageCount];
        for (int language = 0; language < languageCount; language++) {
            // models without word boundaries (unigram-only scripts) are not charged for them
            int scored = highestOrder[language] > 1 ? symbolCount : symbolCount - wordCount;
            result[language] = logLikelihood[language] + Math.log(product[language])
                    - (scored - seen[language]) * unseenCost;
        }
        return result;
    }

    @Override
    public void word(char[] chars, int length) {
        String word = new String(chars, 0, length);
        WordScore score = wordScores.get(word);
        if (score != null) {
            multiply(score.languages, score.probabilities, score.languages.length);
        } else {
            int count = score(chars, length);
            multiply(wordLanguages, wordProbabilities, count);
            if (!seenOnce.add(word)) {
                remember(word, count);
            } else if (seenOnce.size() > SEEN_ONCE_LIMIT) {
                seenOnce.clear();
            }
        }
        symbolCount += length + 1;
        wordCount++;
    }

    /** Multiplies each language's running likelihood by its probabilities, in order. */
    private void multiply(byte[] languages, double[] probabilities, int count) {
        for (int k = 0; k < count; k++) {
            int language = languages[k];
            double running = product[language] * probabilities[k];
            if (running < UNDERFLOW_GUARD) {
                logLikelihood[language] += Math.log(running);
                running = 1;
            }
            product[language] = running;
            seen[language]++;
        }
    }

    /** Keeps the word's probabilities (in the word buffers) for its next occurrences. */
    private void remember(String word, int count) {
        cachedProbabilities += count;
        if (cachedProbabilities > CACHE_BUDGET) {
            wordScores.clear();
            cachedProbabilities = count;
        }
        wordScores.put(word, new WordScore(Arrays.copyOf(wordLanguages, count), Arrays.copyOf(wordProbabilities, count)));
    }

    /**
     * What a word adds to each language's likelihood: symbol after symbol, the languages that know one of the
     * n-grams ending there, each with P(symbol | context). A pure function of the word.
     */
    private record WordScore(byte[] languages, double[] probabilities) {
    }

    /** Scores the word into {@link #wordLanguages} and {@link #wordProbabilities}; returns how many entries. */
    private int score(char[] chars, int length) {
        if (symbols.length < length + 2) {
            symbols = new char[length + 2];
        }
        symbols[0] = WORD_START;
        System.arraycopy(chars, 0, symbols, 1, length);
        symbols[length + 1] = WORD_END;
        int count = 0;
        for (int i = 1; i <= length + 1; i++) {
            count = scoreSymbol(i, count);
        }
        return count;
    }

    /** Appends symbol {@code i}'s languages and probabilities to the word's at {@code count}; returns the new count. */
    private int scoreSymbol(int i, int count) {
        int stamp = ++position;
        int touchedCount = 0;
        int top = Math.min(i + 1, NgramModels.MAX_ORDER);
        for (int order = top; order >= 1; order--) {
            int index = table.find(NgramKey.of(symbols, i + 1 - order, i + 1));
            if (index < 0) {
                continue;
            }
            int offset = order * 256;
            int bit = 1 << order;
            for (int p = table.postingStart(index), end = table.postingEnd(index); p < end; p++) {
                int language = table.language(p);
                if (scoredAt[language] != stamp) {
                    scoredAt[language] = stamp;
                    mixture[language] = 0;
                    found[language] = 0;
                    touched[touchedCount++] = language;
                }
                mixture[language] += weightedProbability[offset + table.cost(p)];
                found[language] |= bit;
            }
        }
        if (wordLanguages.length < count + touchedCount) {
            wordLanguages = Arrays.copyOf(wordLanguages, 2 * (count + touchedCount));
            wordProbabilities = Arrays.copyOf(wordProbabilities, 2 * (count + touchedCount));
        }
        for (int t = 0; t < touchedCount; t++) {
            int language = touched[t];
            int known = found[language] | knownContexts(language, i, stamp) & orderMask[Math.min(top, highestOrder[language])];
            wordLanguages[count] = (byte) language;
            wordProbabilities[count++] = mixture[language] / weightOfOrders[known] + FLOOR;
            contextFound[language] = found[language];
            contextAt[language] = stamp;
        }
        return count;
    }

    /**
     * Orders whose context the language knows: order 1 always, order n when the language had the (n-1)-gram
     * ending at the previous symbol (a word's start marker counts as known). Orders with unknown contexts carry
     * no information and are left out of the mixture instead of counting as probability zero.
     */
    private int knownContexts(int language, int i, int stamp) {
        if (i == 1) {
            return 0b110;
        }
        return contextAt[language] == stamp - 1 ? 0b10 | (contextFound[language] << 1) : 0b10;
    }
}
