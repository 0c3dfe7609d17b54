import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Builds Lede's compact character n-gram models from Lingua's (Apache-2.0) per-language JSON models.
 * <p>
 * Usage: {@code java tools/language-models/BuildLanguageModels.java LINGUA_JAR OUT_FILE [MIN3 MIN4 MIN5]}
 * (see tools/language-models/README.md; {@code tools/language-models/build.sh} fetches the jar and runs this).
 * <p>
 * Lingua stores, per language and order n = 1..5, each within-word n-gram with its conditional probability
 * P(last char | previous n-1 chars) as a reduced fraction. This tool rebuilds each n-gram's approximate
 * corpus count from the chain of conditional probabilities (unigram share times the corpus size, times each
 * conditional), adds word-start and word-end n-grams derived from those counts (see
 * {@link #addWordBoundaries}), drops 3-, 4- and 5-grams seen fewer than MIN3/MIN4/MIN5 times (default 5, 30, 60),
 * and writes the rest as quantised negative log probabilities (one byte, steps of {@value #STEP} nats).
 * <p>
 * Output (gzip of a DataOutputStream): UTF "LEDE-NGRAMS-2", float step, int language count, per language its
 * UTF ISO 639-1 code and a byte with its highest order; int distinct n-grams and int (n-gram, language) pairs
 * in all; then for n = 1..5: int distinct n-grams of that order, their chars (n each, sorted), one byte per
 * n-gram with its number of languages, then for all those pairs in the same order a byte with the language's
 * index, then a byte with its quantised -ln p.
 */
public final class BuildLanguageModels {
    static final String FORMAT = "LEDE-NGRAMS-2";
    static final float STEP = 0.1f;
    /** Marks the start of a word; must match the runtime's LanguageScorer. */
    static final char WORD_START = '\u0002';
    /** Marks the end of a word; must match the runtime's LanguageScorer. */
    static final char WORD_END = '\u0003';
    static final String[] ORDER_FILES = {"unigrams", "bigrams", "trigrams", "quadrigrams", "fivegrams"};

    public static void main(String[] args) throws IOException {
        if (args.length != 2 && args.length != 5) {
            System.err.println("usage: BuildLanguageModels LINGUA_JAR OUT_FILE [MIN3 MIN4 MIN5]");
            System.exit(2);
        }
        double[] minCount = {0, 0, 5, 30, 60};
        if (args.length == 5) {
            for (int i = 0; i < 3; i++) {
                minCount[i + 2] = Double.parseDouble(args[i + 2]);
            }
        }
        try (ZipFile jar = new ZipFile(args[0])) {
            List<String> languages = new ArrayList<>(new TreeSet<>(jar.stream().map(ZipEntry::getName)
                    .filter(n -> n.startsWith("language-models/") && n.endsWith(".json"))
                    .map(n -> n.split("/")[1]).toList()));
            List<TreeMap<String, StringBuilder>> postings = new ArrayList<>();
            for (int n = 1; n <= 5; n++) {
                postings.add(new TreeMap<>());
            }
            int[] highestOrder = new int[languages.size()];
            long total = 0;
            for (int l = 0; l < languages.size(); l++) {
                List<TreeMap<String, Integer>> orders = languageModel(jar, languages.get(l), minCount);
                StringBuilder line = new StringBuilder(languages.get(l));
                for (int n = 1; n <= 5; n++) {
                    TreeMap<String, Integer> order = orders.get(n - 1);
                    for (Map.Entry<String, Integer> e : order.entrySet()) {
                        postings.get(n - 1).computeIfAbsent(e.getKey(), k -> new StringBuilder())
                                .append((char) l).append((char) e.getValue().intValue());
                    }
                    if (!order.isEmpty()) {
                        highestOrder[l] = n;
                    }
                    line.append(' ').append(order.size());
                    total += order.size();
                }
                System.err.println(line);
            }
            Path out = Path.of(args[1]);
            Files.createDirectories(out.toAbsolutePath().getParent());
            write(out, languages, highestOrder, postings, total);
            System.err.println(languages.size() + " languages, " + total + " n-grams -> " + out + " (" + Files.size(out) + " bytes)");
        }
    }

    /** Each (language, cost) pair of an n-gram is two chars of its posting string. */
    static void write(Path out, List<String> languages, int[] highestOrder, List<TreeMap<String, StringBuilder>> postings,
                      long total) throws IOException {
        try (OutputStream file = Files.newOutputStream(out);
             DataOutputStream data = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(file, 1 << 16)))) {
            data.writeUTF(FORMAT);
            data.writeFloat(STEP);
            data.writeInt(languages.size());
            for (int l = 0; l < languages.size(); l++) {
                data.writeUTF(languages.get(l));
                data.writeByte(highestOrder[l]);
            }
            data.writeInt(postings.stream().mapToInt(TreeMap::size).sum());
            data.writeInt(Math.toIntExact(total));
            for (TreeMap<String, StringBuilder> order : postings) {
                data.writeInt(order.size());
                for (String ngram : order.keySet()) {
                    data.writeChars(ngram);
                }
                for (StringBuilder list : order.values()) {
                    data.writeByte(list.length() / 2);
                }
                for (StringBuilder list : order.values()) {
                    for (int i = 0; i < list.length(); i += 2) {
                        data.writeByte(list.charAt(i));
                    }
                }
                for (StringBuilder list : order.values()) {
                    for (int i = 1; i < list.length(); i += 2) {
                        data.writeByte(list.charAt(i));
                    }
                }
            }
        }
    }

    /** Per order 1..5, the kept n-grams (with word boundaries) and their quantised -ln P(last | preceding). */
    static List<TreeMap<String, Integer>> languageModel(ZipFile jar, String language, double[] minCount) throws IOException {
        List<TreeMap<String, Integer>> orders = new ArrayList<>();
        List<Map<String, Double>> counts = new ArrayList<>();
        counts.add(Map.of());
        double corpusChars = 0;
        for (int n = 1; n <= 5; n++) {
            ZipEntry entry = jar.getEntry("language-models/" + language + "/" + ORDER_FILES[n - 1] + ".json");
            TreeMap<String, Integer> kept = new TreeMap<>();
            Map<String, Double> orderCounts = new HashMap<>();
            if (entry != null) {
                Map<String, String> fractions = readNgrams(jar, entry);
                if (n == 1) {
                    corpusChars = largestDenominator(fractions.keySet());
                }
                for (Map.Entry<String, String> group : fractions.entrySet()) {
                    double p = fraction(group.getKey());
                    for (String ngram : group.getValue().split(" ")) {
                        if (ngram.length() != n) {
                            continue;
                        }
                        Double prefixCount = n == 1 ? corpusChars : counts.get(n - 1).get(ngram.substring(0, n - 1));
                        double count = prefixCount == null ? 0 : p * prefixCount;
                        orderCounts.put(ngram, count);
                        if (count + 1e-6 >= minCount[n - 1]) {
                            kept.put(ngram, quantise(p));
                        }
                    }
                }
            }
            counts.add(orderCounts);
            orders.add(kept);
        }
        if (!counts.get(2).isEmpty()) {
            addWordBoundaries(counts, corpusChars, minCount, orders);
        }
        return orders;
    }

    /**
     * Lingua's n-grams never cross a word boundary, so the counts tell where words end and start: an n-gram
     * occurs at a word's end as often as it occurs minus the occurrences of its one-letter extensions to the
     * right (and likewise at a word's start, with extensions to the left). These become n-grams with
     * {@link #WORD_START} and {@link #WORD_END} markers, which let short words be told apart by their endings.
     */
    static void addWordBoundaries(List<Map<String, Double>> counts, double corpusChars, double[] minCount,
                                  List<TreeMap<String, Integer>> orders) {
        Map<String, Double> rightExtensions = new HashMap<>();
        Map<String, Double> leftExtensions = new HashMap<>();
        for (int n = 2; n <= 5; n++) {
            counts.get(n).forEach((ngram, count) -> {
                rightExtensions.merge(ngram.substring(0, ngram.length() - 1), count, Double::sum);
                leftExtensions.merge(ngram.substring(1), count, Double::sum);
            });
        }
        double words = 0;
        Map<String, Double> starts = new HashMap<>();
        for (int k = 1; k <= 4; k++) {
            for (Map.Entry<String, Double> e : counts.get(k).entrySet()) {
                String ngram = e.getKey();
                double count = e.getValue();
                double ends = count - rightExtensions.getOrDefault(ngram, 0.0);
                if (k == 1 && ends > 0) {
                    words += ends;
                }
                keep(orders, ngram + WORD_END, ends, count, minCount);
                double startCount = count - leftExtensions.getOrDefault(ngram, 0.0);
                if (startCount >= 0.5) {
                    starts.put(ngram, startCount);
                }
            }
        }
        keep(orders, String.valueOf(WORD_END), words, corpusChars, minCount);
        Map<String, Double> startExtensions = new HashMap<>();
        for (Map.Entry<String, Double> e : starts.entrySet()) {
            String prefix = e.getKey();
            double parent = prefix.length() == 1 ? words : starts.getOrDefault(prefix.substring(0, prefix.length() - 1), 0.0);
            keep(orders, WORD_START + prefix, e.getValue(), parent, minCount);
            if (prefix.length() > 1) {
                startExtensions.merge(prefix.substring(0, prefix.length() - 1), e.getValue(), Double::sum);
            }
        }
        for (Map.Entry<String, Double> e : starts.entrySet()) {
            String prefix = e.getKey();
            if (prefix.length() <= 3) {
                double wholeWords = e.getValue() - startExtensions.getOrDefault(prefix, 0.0);
                keep(orders, WORD_START + prefix + WORD_END, wholeWords, e.getValue(), minCount);
            }
        }
    }

    private static void keep(List<TreeMap<String, Integer>> orders, String ngram, double count, double contextCount,
                             double[] minCount) {
        int n = ngram.length();
        if (count >= Math.max(0.5, minCount[n - 1]) && contextCount > 0) {
            orders.get(n - 1).put(ngram, quantise(Math.min(1.0, count / contextCount)));
        }
    }

    static int quantise(double p) {
        return (int) Math.min(255, Math.max(0, Math.round(-Math.log(p) / STEP)));
    }

    static double fraction(String f) {
        int slash = f.indexOf('/');
        return Double.parseDouble(f.substring(0, slash)) / Double.parseDouble(f.substring(slash + 1));
    }

    static double largestDenominator(Iterable<String> fractions) {
        double max = 0;
        for (String f : fractions) {
            max = Math.max(max, Double.parseDouble(f.substring(f.indexOf('/') + 1)));
        }
        return max;
    }

    /** Lingua's model JSON: {"language":"NAME","ngrams":{"a/b":"ngram ngram ...", ...}}. */
    static Map<String, String> readNgrams(ZipFile jar, ZipEntry entry) throws IOException {
        String json;
        try (InputStream in = jar.getInputStream(entry)) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int start = json.indexOf("\"ngrams\"");
        int pos = json.indexOf('{', start) + 1;
        Map<String, String> groups = new HashMap<>();
        int[] cursor = {pos};
        while (true) {
            skipSeparators(json, cursor);
            if (json.charAt(cursor[0]) == '}') {
                return groups;
            }
            String key = readString(json, cursor);
            skipSeparators(json, cursor);
            String value = readString(json, cursor);
            groups.merge(key, value, (a, b) -> a + " " + b);
        }
    }

    private static void skipSeparators(String json, int[] cursor) {
        while (" \n\r\t,:".indexOf(json.charAt(cursor[0])) >= 0) {
            cursor[0]++;
        }
    }

    private static String readString(String json, int[] cursor) {
        if (json.charAt(cursor[0]) != '"') {
            throw new IllegalStateException("expected a string at " + cursor[0]);
        }
        StringBuilder s = new StringBuilder();
        int i = cursor[0] + 1;
        for (char c; (c = json.charAt(i)) != '"'; i++) {
            if (c == '\\') {
                char e = json.charAt(++i);
                switch (e) {
                    case 'u' -> {
                        s.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    case 'n' -> s.append('\n');
                    case 't' -> s.append('\t');
                    default -> s.append(e);
                }
            } else {
                s.append(c);
            }
        }
        cursor[0] = i + 1;
        return s.toString();
    }
}
