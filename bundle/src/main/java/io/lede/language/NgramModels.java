package io.lede.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The character n-gram models of every language Lede knows (derived from Lingua's, see NOTICE), loaded once
 * from the bundle and shared read-only by all detectors.
 */
final class NgramModels {
    static final String RESOURCE = "ngram-models.bin.gz";
    static final int MAX_ORDER = 5;
    private static final String FORMAT = "LEDE-NGRAMS-2";

    private static volatile NgramModels shared;

    private final List<String> languages;
    private final int[] highestOrder;
    private final NgramTable table;
    private final double costStep;

    private NgramModels(List<String> languages, int[] highestOrder, NgramTable table, double costStep) {
        this.languages = languages;
        this.highestOrder = highestOrder;
        this.table = table;
        this.costStep = costStep;
    }

    static NgramModels shared() {
        NgramModels m = shared;
        if (m == null) {
            synchronized (NgramModels.class) {
                m = shared;
                if (m == null) {
                    m = load();
                    shared = m;
                }
            }
        }
        return m;
    }

    /** ISO 639-1 codes; a language's index here is its id in the table. */
    List<String> languages() {
        return languages;
    }

    /** The longest n-gram the language's model has (some scripts only have unigrams). */
    int highestOrder(int language) {
        return highestOrder[language];
    }

    NgramTable table() {
        return table;
    }

    /** Nats per quantised cost unit. */
    double costStep() {
        return costStep;
    }

    private static NgramModels load() {
        InputStream resource = NgramModels.class.getResourceAsStream(RESOURCE);
        if (resource == null) {
            throw new IllegalStateException("language models missing from the bundle: " + RESOURCE);
        }
        try (InputStream in = new GZIPInputStream(resource, 1 << 16)) {
            return parse(ByteBuffer.wrap(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** See tools/language-models/BuildLanguageModels.java for the format. */
    private static NgramModels parse(ByteBuffer data) throws IOException {
        if (!FORMAT.equals(utf(data))) {
            throw new IOException("unknown language model format in " + RESOURCE);
        }
        double step = data.getFloat();
        int count = data.getInt();
        String[] codes = new String[count];
        int[] highestOrder = new int[count];
        for (int language = 0; language < count; language++) {
            codes[language] = utf(data);
            highestOrder[language] = data.get();
        }
        long[] keys = new long[data.getInt()];
        int[] postingStart = new int[keys.length + 1];
        byte[] postingLanguage = new byte[data.getInt()];
        byte[] postingCost = new byte[postingLanguage.length];
        char[] ngram = new char[MAX_ORDER];
        int key = 0;
        int posting = 0;
        for (int order = 1; order <= MAX_ORDER; order++) {
            int distinct = data.getInt();
            int firstKey = key;
            for (int i = 0; i < distinct; i++, key++) {
                for (int c = 0; c < order; c++) {
                    ngram[c] = data.getChar();
                }
                keys[key] = NgramKey.of(ngram, 0, order);
            }
            int orderPostings = 0;
            for (int i = firstKey; i < key; i++) {
                postingStart[i] = posting + orderPostings;
                orderPostings += data.get() & 0xff;
            }
            data.get(postingLanguage, posting, orderPostings);
            data.get(postingCost, posting, orderPostings);
            posting += orderPostings;
        }
        postingStart[key] = posting;
        return new NgramModels(List.of(codes), highestOrder, NgramTable.of(keys, postingStart, postingLanguage, postingCost), step);
    }

    private static String utf(ByteBuffer data) {
        byte[] bytes = new byte[data.getShort() & 0xffff];
        data.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
