package io.lede.entities;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Builds the entity data shipped in the bundle (io/lede/entities/): the knowledge base, the word lists
 * and the name tagger. Run from the repository root with
 * {@code mvn -q -pl bundle -Pbuild-entity-data -Dlede.shared=/work/shared process-classes}, or directly:
 * {@code EntityDataBuild <shared dir> <curated-entities.json> <output dir>}.
 */
public final class EntityDataBuild {
    /** Languages without permissive annotated text: the tagger learns them from the project's templates. */
    private static final List<String> TEMPLATE_LANGUAGES = List.of("it", "es");
    private static final int TEMPLATE_SENTENCES = 3000;

    private EntityDataBuild() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: EntityDataBuild <shared dir> <curated-entities.json> <output dir>");
            System.exit(2);
        }
        Path shared = Path.of(args[0]);
        Path curated = Path.of(args[1]);
        Path out = Path.of(args[2]);
        Files.createDirectories(out);

        KnowledgeBase kb = new KnowledgeBaseSources(shared.resolve("kb"), curated).build();
        try (Writer w = gzipWriter(out.resolve(EntityModels.KNOWLEDGE_BASE))) {
            for (KbEntry e : kb.entries()) {
                KnowledgeBase.write(e, w);
            }
        }
        System.err.println("knowledge base: " + kb.entries().size() + " entries");

        List<TrainingCorpus.Document> corpus = TrainingCorpus.read(shared.resolve("ner-train"));
        Lexicon lexicon = LexiconSources.build(kb, corpus, curated.resolveSibling("cue-words.tsv"));
        try (Writer w = gzipWriter(out.resolve(EntityModels.LEXICON))) {
            for (String word : sorted(lexicon.functionWords())) {
                w.write("function\t" + word + "\n");
            }
            for (String name : sorted(lexicon.firstNames())) {
                w.write("first\t" + name + "\n");
            }
            for (String word : sorted(lexicon.germanNouns())) {
                w.write("noun:de\t" + word + "\n");
            }
            for (String word : sorted(lexicon.cues().keySet())) {
                w.write("cue:" + lexicon.cue(word) + "\t" + word + "\n");
            }
        }
        System.err.println("lexicon: " + lexicon.functionWords().size() + " function words, "
                + lexicon.firstNames().size() + " first names");

        List<TrainingCorpus.Document> training = new java.util.ArrayList<>(corpus);
        training.addAll(TemplateCorpus.generate(curated.resolveSibling("templates"), kb, TEMPLATE_LANGUAGES,
                Integer.getInteger("lede.templateSentences", TEMPLATE_SENTENCES)));
        NameTagger tagger = new NameTaggerTrainer(Integer.getInteger("lede.taggerBits", 20), kb, lexicon).train(training, 6);
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(out.resolve(EntityModels.TAGGER)), 1 << 16)) {
            tagger.write(o);
        }
        System.err.println("name tagger written");
    }

    private static List<String> sorted(java.util.Set<String> words) {
        return words.stream().sorted().toList();
    }

    private static Writer gzipWriter(Path file) throws IOException {
        return new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file), 1 << 16),
                StandardCharsets.UTF_8);
    }
}
