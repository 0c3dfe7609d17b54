package io.lede.topics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Multilingual keyword cues, indexed for matching: exact words, word prefixes ({@code elect*}), word suffixes
 * for compounds ({@code *minister} matches "Innenminister") and phrases.
 */
public final class TopicLexicon {
    public static final List<String> LANGUAGES = List.of("en", "fr", "de", "es", "it");
    static final int MIN_AFFIX = 3;
    private static final String[] INFLECTION_ENDINGS = {"n", "en", "e", "s", "es", "er", "ern", "in", "innen", "nen"};

    private final List<Cue> cues;
    private final Map<String, Cue[]> words = new HashMap<>();
    private final Map<String, Cue[]> prefixes = new HashMap<>();
    private final Map<String, Cue[]> suffixes = new HashMap<>();
    private final Map<String, Cue[]> inflectedSuffixes = new HashMap<>();
    private final Map<String, Phrase[]> phrasesByFirstWord = new HashMap<>();
    private final int longestAffix;
    private final boolean[] prefixLengths;
    private final boolean[] suffixLengths;
    /** {@link #wordAndAffixCues} of recently seen words; the lexicon never changes, so neither do they. */
    private final Map<String, Cue[]> cuesOfWord = new ConcurrentHashMap<>();
    private static final int CUES_OF_WORD_LIMIT = 50_000;
    private static final Cue[] NO_CUES = new Cue[0];

    /** A phrase cue split into its words. */
    record Phrase(Cue cue, String[] words, boolean lastIsPrefix) {
    }

    public TopicLexicon(Collection<Cue> cues) {
        this.cues = List.copyOf(cues);
        Map<String, List<Cue>> w = new HashMap<>();
        Map<String, List<Cue>> p = new HashMap<>();
        Map<String, List<Cue>> s = new HashMap<>();
        Map<String, List<Cue>> is = new HashMap<>();
        Map<String, List<Phrase>> ph = new HashMap<>();
        int longest = 0;
        for (Cue cue : this.cues) {
            if (cue.isPhrase()) {
                boolean prefix = cue.term().endsWith("*");
                String[] parts = cue.bare().split(" ");
                ph.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(new Phrase(cue, parts, prefix));
            } else if (cue.isInflectedSuffix()) {
                is.computeIfAbsent(cue.bare(), k -> new ArrayList<>()).add(cue);
                longest = Math.max(longest, cue.bare().length());
            } else if (cue.isSuffix()) {
                s.computeIfAbsent(cue.bare(), k -> new ArrayList<>()).add(cue);
                longest = Math.max(longest, cue.bare().length());
            } else if (cue.isPrefix()) {
                p.computeIfAbsent(cue.bare(), k -> new ArrayList<>()).add(cue);
                longest = Math.max(longest, cue.bare().length());
            } else {
                w.computeIfAbsent(cue.term(), k -> new ArrayList<>()).add(cue);
            }
        }
        w.forEach((k, v) -> words.put(k, v.toArray(Cue[]::new)));
        p.forEach((k, v) -> prefixes.put(k, v.toArray(Cue[]::new)));
        s.forEach((k, v) -> suffixes.put(k, v.toArray(Cue[]::new)));
        is.forEach((k, v) -> inflectedSuffixes.put(k, v.toArray(Cue[]::new)));
        ph.forEach((k, v) -> phrasesByFirstWord.put(k, v.toArray(Phrase[]::new)));
        this.longestAffix = longest;
        this.prefixLengths = lengths(prefixes.keySet(), longest);
        this.suffixLengths = lengths(suffixes.keySet(), longest);
        for (String k : inflectedSuffixes.keySet()) {
            suffixLengths[k.length()] = true;
        }
    }

    private static boolean[] lengths(java.util.Set<String> keys, int longest) {
        boolean[] out = new boolean[longest + 1];
        keys.forEach(k -> out[k.length()] = true);
        return out;
    }

    /** Loads the lexicons of {@link #LANGUAGES} shipped with the bundle. */
    public static TopicLexicon load() {
        List<Cue> cues = new ArrayList<>();
        for (String language : LANGUAGES) {
            String resource = "lexicon-" + language + ".tsv";
            try (InputStream in = TopicLexicon.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource io/lede/topics/" + resource);
                }
                cues.addAll(read(in, language));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
        return new TopicLexicon(cues);
    }

    /** Reads {@code term<TAB>code<TAB>weight[<TAB>origin]} lines; {@code #} starts a comment line. */
    static List<Cue> read(InputStream in, String language) throws IOException {
        List<Cue> cues = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = reader.readLine()) != null; ) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            cues.add(new Cue(f[0], language, f[1], Double.parseDouble(f[2])));
        }
        return cues;
    }

    /** Folds a term as written by a person (accents, case) while keeping its wildcards. */
    public static String normaliseTerm(String term) {
        String t = term.strip();
        boolean suffix = t.startsWith("*");
        boolean prefix = t.endsWith("*");
        String folded = TextFolding.fold(t);
        if (folded.isEmpty()) {
            return "";
        }
        return (suffix && folded.indexOf(' ') < 0 ? "*" : "") + folded + (prefix ? "*" : "");
    }

    /** A copy without the cues {@code remove} accepts and with {@code add} appended. */
    public TopicLexicon with(Predicate<Cue> remove, Collection<Cue> add) {
        List<Cue> kept = new ArrayList<>(cues.size() + add.size());
        for (Cue c : cues) {
            if (!remove.test(c)) {
                kept.add(c);
            }
        }
        kept.addAll(add);
        return new TopicLexicon(kept);
    }

    public List<Cue> cues() {
        return cues;
    }

    Cue[] word(String token) {
        return words.get(token);
    }

    /**
     * The cues of a single word: its exact cues, then its prefix and suffix cues as {@link #forEachAffixCue}
     * gives them. Remembered per word, since news repeats words and the affix look-ups are a dozen each.
     */
    Cue[] wordAndAffixCues(String token) {
        Cue[] cues = cuesOfWord.get(token);
        if (cues == null) {
            List<Cue> found = new ArrayList<>();
            Cue[] exact = word(token);
            if (exact != null) {
                found.addAll(List.of(exact));
            }
            forEachAffixCue(token, affix -> found.addAll(List.of(affix)));
            cues = found.isEmpty() ? NO_CUES : found.toArray(Cue[]::new);
            if (cuesOfWord.size() >= CUES_OF_WORD_LIMIT) {
                cuesOfWord.clear();
            }
            cuesOfWord.put(token, cues);
        }
        return cues;
    }

    Phrase[] phrasesStartingWith(String token) {
        return phrasesByFirstWord.get(token);
    }

    /** Calls {@code sink} for every prefix and suffix cue matching {@code token}. */
    void forEachAffixCue(String token, Consumer<Cue[]> sink) {
        int max = Math.min(token.length(), longestAffix);
        for (int n = MIN_AFFIX; n <= max; n++) {
            if (prefixLengths[n]) {
                Cue[] p = prefixes.get(token.substring(0, n));
                if (p != null) {
                    sink.accept(p);
                }
            }
            if (suffixLengths[n]) {
                String end = token.substring(token.length() - n);
                Cue[] s = suffixes.get(end);
                if (s != null) {
                    sink.accept(s);
                }
                Cue[] i = inflectedSuffixes.get(end);
                if (i != null) {
                    sink.accept(i);
                }
            }
        }
        if (!inflectedSuffixes.isEmpty()) {
            forEachInflectedSuffixCue(token, sink);
        }
    }

    /** Inflected compounds: "Bundesabgeordneten" ends in "abgeordnete" once its ending "n" is set aside. */
    private void forEachInflectedSuffixCue(String token, Consumer<Cue[]> sink) {
        for (String ending : INFLECTION_ENDINGS) {
            if (token.length() - ending.length() < MIN_AFFIX || !token.endsWith(ending)) {
                continue;
            }
            String stem = token.substring(0, token.length() - ending.length());
            int max = Math.min(stem.length(), longestAffix);
            for (int n = MIN_AFFIX; n <= max; n++) {
                Cue[] i = inflectedSuffixes.get(stem.substring(stem.length() - n));
                if (i != null) {
                    sink.accept(i);
                }
            }
        }
    }
}
