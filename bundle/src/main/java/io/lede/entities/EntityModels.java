package io.lede.entities;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/** The knowledge base, the name tagger and the word lists, as shipped in the bundle. */
public final class EntityModels {
    static final String KNOWLEDGE_BASE = "knowledge-base.tsv.gz";
    static final String TAGGER = "name-tagger.bin.gz";
    static final String LEXICON = "lexicon.tsv.gz";

    final KnowledgeBase knowledgeBase;
    final NameTagger tagger;
    final Lexicon lexicon;

    EntityModels(KnowledgeBase knowledgeBase, NameTagger tagger, Lexicon lexicon) {
        this.knowledgeBase = knowledgeBase;
        this.tagger = tagger;
        this.lexicon = lexicon;
    }

    /** Reads the models from the bundle's resources (io/lede/entities/). */
    public static EntityModels loadShipped() {
        try (InputStream kb = open(KNOWLEDGE_BASE); InputStream tagger = open(TAGGER);
             InputStream lexicon = open(LEXICON)) {
            return new EntityModels(KnowledgeBase.read(kb), NameTagger.read(tagger), readLexicon(lexicon));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the entity models", e);
        }
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = EntityModels.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing resource io/lede/entities/" + name);
        }
        return new GZIPInputStream(new BufferedInputStream(in, 1 << 16), 1 << 16);
    }

    /** Lines "function&lt;TAB&gt;word", "first&lt;TAB&gt;name", "noun:de&lt;TAB&gt;word" and "cue:CLASS&lt;TAB&gt;word". */
    static Lexicon readLexicon(InputStream in) throws IOException {
        Set<String> function = new HashSet<>();
        Set<String> first = new HashSet<>();
        Set<String> germanNouns = new HashSet<>();
        java.util.Map<String, String> cues = new java.util.HashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = reader.readLine()) != null; ) {
            int tab = line.indexOf('\t');
            if (tab < 0) {
                continue;
            }
            String word = line.substring(tab + 1);
            if (line.startsWith("function")) {
                function.add(word);
            } else if (line.startsWith("first")) {
                first.add(word);
            } else if (line.startsWith("noun:de")) {
                germanNouns.add(word);
            } else if (line.startsWith("cue:")) {
                cues.put(word, line.substring(4, tab));
            }
        }
        return new Lexicon(function, first, cues, germanNouns);
    }
}
