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
 * conditional), drops 3-, 4- and 5-grams seen fewer than MIN3/MIN4/MIN5 times, and writes the rest as
 * quantised negative log probabilities (one byte, steps of {@value #STEP} nats).
 * <p>
 * Output (gzip of a DataOutputStream): UTF "LEDE-NGRAMS-1", float step, int language count, then per language:
 * UTF ISO 639-1 code, and for n = 1..5: int count, count times (n chars, one unsigned byte quantised -ln p),
 * n-grams sorted.
 */
public final class BuildLanguageModels {
    static final float STEP = 0.1f;
    static final String[] ORDER_FILES = {"unigrams", "bigrams", "trigrams", "quadrigrams", "fivegrams"};

    public static void main(String[] args) throws IOException {
        if (args.length != 2 && args.length != 5) {
            System.err.println("usage: BuildLanguageModels LINGUA_JAR OUT_FILE [MIN3 MIN4 MIN5]");
            System.exit(2);
        }
        double[] minCount = {0, 0, 2, 12, 20};
        if (args.length == 5) {
            for (int i = 0; i < 3; i++) {
                minCount[i + 2] = Double.parseDouble(args[i + 2]);
            }
        }
        try (ZipFile jar = new ZipFile(args[0])) {
            TreeSet<String> languages = new TreeSet<>();
            jar.stream().map(ZipEntry::getName).filter(n -> n.startsWith("language-models/") && n.endsWith(".json"))
                    .forEach(n -> languages.add(n.split("/")[1]));
            Path out = Path.of(args[1]);
            Files.createDirectories(out.toAbsolutePath().getParent());
            long total = 0;
            try (OutputStream file = Files.newOutputStream(out);
                 DataOutputStream data = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(file, 1 << 16)))) {
                data.writeUTF("LEDE-NGRAMS-1");
                data.writeFloat(STEP);
                data.writeInt(languages.size());
                for (String language : languages) {
                    List<TreeMap<String, Integer>> orders = languageModel(jar, language, minCount);
                    data.writeUTF(language);
                    StringBuilder line = new StringBuilder(language);
                    for (TreeMap<String, Integer> order : orders) {
                        data.writeInt(order.size());
                        for (Map.Entry<String, Integer> e : order.entrySet()) {
                            data.writeChars(e.getKey());
                            data.writeByte(e.getValue());
                        }
                        line.append(' ').append(order.size());
                        total += order.size();
                    }
                    System.err.println(line);
                }
            }
            System.err.println(languages.size() + " languages, " + total + " n-grams -> " + out + " (" + Files.size(out) + " bytes)");
        }
    }

    /** Per order 1..5, the kept n-grams with their quantised -ln P(last char | preceding chars). */
    static List<TreeMap<String, Integer>> languageModel(ZipFile jar, String language, double[] minCount) throws IOException {
        List<TreeMap<String, Integer>> orders = new ArrayList<>();
        Map<String, Double> previousCounts = new HashMap<>();
        for (int n = 1; n <= 5; n++) {
            ZipEntry entry = jar.getEntry("language-models/" + language + "/" + ORDER_FILES[n - 1] + ".json");
            TreeMap<String, Integer> kept = new TreeMap<>();
            Map<String, Double> counts = new HashMap<>();
            if (entry != null) {
                Map<String, String> fractions = readNgrams(jar, entry);
                double corpusChars = n == 1 ? largestDenominator(fractions.keySet()) : 0;
                for (Map.Entry<String, String> group : fractions.entrySet()) {
                    double p = fraction(group.getKey());
                    for (String ngram : group.getValue().split(" ")) {
                        if (ngram.length() != n) {
                            continue;
                        }
                        Double prefixCount = n == 1 ? corpusChars : previousCounts.get(ngram.substring(0, n - 1));
                        double count = prefixCount == null ? 0 : p * prefixCount;
                        counts.put(ngram, count);
                        if (count + 1e-6 >= minCount[n - 1] || minCount[n - 1] == 0) {
                            kept.put(ngram, quantise(p));
                        }
                    }
                }
            }
            previousCounts = counts;
            orders.add(kept);
        }
        return orders;
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
