package io.lede.entities;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads the permissively licensed "token TAB tag" (IOB2) training files into pseudo-documents. */
final class TrainingCorpus {
    static final List<String> FILES = List.of("wikigold-en/en_wikigold.conll",
            "uner-english-ewt-prerelease/en_ewt_train_uner_pre.conll", "europeana-newspapers/fr_bnf.conll",
            "europeana-newspapers/de_lft.conll", "europeana-newspapers/de_onb.conll",
            "europeana-newspapers/de_sbb.conll");
    private static final int SENTENCES_PER_DOCUMENT = 25;
    private static final int UPPER_CASE_EVERY = 10;
    private static final Set<String> SENTENCE_ENDS = Set.of(".", "!", "?", ":");

    /** Tokens of several sentences with their gold tag indices. */
    record Document(String source, List<Token> tokens, int[] tags) {
    }

    static List<Document> read(Path nerTrain) throws IOException {
        List<Document> docs = new ArrayList<>();
        List<Document> read = new ArrayList<>();
        String only = System.getProperty("lede.trainFiles", "");
        for (String file : only.isEmpty() ? FILES : List.of(only.split(","))) {
            readFile(file, Files.readAllLines(nerTrain.resolve(file), StandardCharsets.UTF_8), read);
        }
        for (int i = 0; i < read.size(); i++) {
            docs.add(read.get(i));
            if (i % UPPER_CASE_EVERY == 0) {
                docs.add(upperCased(read.get(i)));
            }
        }
        return docs;
    }

    private static void readFile(String source, List<String> lines, List<Document> docs) {
        List<Token> tokens = new ArrayList<>();
        List<Integer> tags = new ArrayList<>();
        int sentences = 0;
        boolean sentenceStart = true;
        for (String line : lines) {
            if (line.isBlank()) {
                if (!sentenceStart) {
                    sentences++;
                }
                sentenceStart = true;
                if (sentences >= SENTENCES_PER_DOCUMENT) {
                    flush(source, tokens, tags, docs);
                    sentences = 0;
                }
                continue;
            }
            String[] cols = line.split("\t");
            if (cols[0].startsWith("-DOCSTART-")) {
                flush(source, tokens, tags, docs);
                sentences = 0;
                sentenceStart = true;
                continue;
            }
            String tag = cols[cols.length - 1].strip();
            int index = NameTagger.TAGS.indexOf(tag);
            tokens.add(new Token(cols[0], 0, 0, sentenceStart));
            tags.add(Math.max(index, 0));
            sentenceStart = SENTENCE_ENDS.contains(cols[0]);
        }
        flush(source, tokens, tags, docs);
    }

    /** News has headlines and datelines in capitals; the corpora hardly any, so some documents are copied so. */
    private static Document upperCased(Document d) {
        List<Token> tokens = new ArrayList<>();
        for (Token t : d.tokens()) {
            tokens.add(new Token(t.text().toUpperCase(java.util.Locale.ROOT), t.start(), t.end(), t.sentenceStart()));
        }
        return new Document(d.source(), tokens, d.tags());
    }

    private static void flush(String source, List<Token> tokens, List<Integer> tags, List<Document> docs) {
        if (!tokens.isEmpty()) {
            docs.add(new Document(source, List.copyOf(tokens), tags.stream().mapToInt(Integer::intValue).toArray()));
        }
        tokens.clear();
        tags.clear();
    }
}
