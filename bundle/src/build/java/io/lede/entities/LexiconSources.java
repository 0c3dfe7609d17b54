package io.lede.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Function words come from Lucene's Snowball stop lists (on the build class path) and the "common" words of
 * cue-words.tsv, which also gives the cue classes; first names come from the
 * knowledge base's people and from names the training corpus tags as the start of a longer person name.
 */
final class LexiconSources {
    private static final List<String> STOP_LISTS = List.of("english", "french", "german", "spanish", "italian",
            "dutch", "portuguese");

    /** Corpora whose names may be shipped as a list (CC0, CC BY); UNER's share-alike terms are not met by a list. */
    private static final Set<String> REDISTRIBUTABLE_NAMES = Set.of("wikigold-en", "europeana-newspapers");

    private static final int GERMAN_NOUN_MIN = 3;

    private LexiconSources() {
    }

    static Lexicon build(KnowledgeBase kb, List<TrainingCorpus.Document> corpus, java.nio.file.Path cueFile)
            throws IOException {
        Set<String> function = new HashSet<>();
        Map<String, String> cues = new HashMap<>();
        for (String line : java.nio.file.Files.readAllLines(cueFile, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            for (String word : f[1].strip().split(" +")) {
                if (f[0].equals("common")) {
                    function.add(word);
                } else {
                    cues.putIfAbsent(word, f[0]);
                }
            }
        }
        for (String lang : STOP_LISTS) {
            String resource = "/org/apache/lucene/analysis/snowball/" + lang + "_stop.txt";
            try (InputStream in = LexiconSources.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException("missing " + resource + " (lucene-analysis-common on the class path?)");
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line; (line = r.readLine()) != null; ) {
                    String word = line.split("\\|")[0].strip().toLowerCase(Locale.ROOT);
                    if (!word.isEmpty()) {
                        function.add(word);
                    }
                }
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        for (KbEntry e : kb.entries()) {
            if (e.type() == io.lede.api.EntityType.PERSON) {
                String first = e.name().split(" ")[0].toLowerCase(Locale.ROOT);
                counts.merge(first, 1, Integer::sum);
            }
        }
        int begin = NameTagger.TAGS.indexOf("B-PER");
        int inside = NameTagger.TAGS.indexOf("I-PER");
        for (TrainingCorpus.Document d : corpus) {
            if (!REDISTRIBUTABLE_NAMES.contains(d.source().substring(0, d.source().indexOf('/')))) {
                continue;
            }
            for (int i = 0; i + 1 < d.tags().length; i++) {
                if (d.tags()[i] == begin && d.tags()[i + 1] == inside) {
                    counts.merge(d.tokens().get(i).text().toLowerCase(Locale.ROOT), 1, Integer::sum);
                }
            }
        }
        Set<String> first = new HashSet<>();
        counts.forEach((name, n) -> {
            if (n >= 2 && name.length() > 2 && Character.isLetter(name.charAt(0)) && !function.contains(name)
                    && !name.endsWith(".")) {
                first.add(name);
            }
        });
        first.removeAll(cues.keySet());
        return new Lexicon(function, first, cues, germanNouns(corpus));
    }

    /**
     * Capitalised words inside sentences of the German Europeana newspapers (CC0) that are at least
     * {@code GERMAN_NOUN_MIN} times outside a name and never inside one.
     */
    private static Set<String> germanNouns(List<TrainingCorpus.Document> corpus) {
        Map<String, Integer> outside = new HashMap<>();
        Set<String> inNames = new HashSet<>();
        for (TrainingCorpus.Document d : corpus) {
            if (!d.source().startsWith("europeana-newspapers/de_")) {
                continue;
            }
            for (int i = 0; i < d.tags().length; i++) {
                Token t = d.tokens().get(i);
                String lower = t.text().toLowerCase(Locale.ROOT);
                if (d.tags()[i] != 0) {
                    inNames.add(lower);
                } else if (!t.sentenceStart() && t.text().length() >= 4 && WordShape.isCapitalised(t.text())
                        && !WordShape.isAllCaps(t.text()) && t.text().chars().allMatch(Character::isLetter)) {
                    outside.merge(lower, 1, Integer::sum);
                }
            }
        }
        Set<String> nouns = new HashSet<>();
        outside.forEach((word, n) -> {
            if (n >= GERMAN_NOUN_MIN && !inNames.contains(word)) {
                nouns.add(word);
            }
        });
        return nouns;
    }
}
