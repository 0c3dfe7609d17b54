package io.lede.entities;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Training text for languages without permissively licensed annotated text (Italian, Spanish): sentences the
 * project wrote ({@code src/build/data/templates/<lang>.txt}) whose slots are filled with names of the knowledge
 * base and with made-up names (a known first name and a known surname, organisation patterns), so the tagger
 * learns the words around names in these languages.
 */
final class TemplateCorpus {
    private static final int SENTENCES_PER_DOCUMENT = 25;
    private static final int TAG_B_PER = NameTagger.TAGS.indexOf("B-PER");
    private static final int TAG_B_ORG = NameTagger.TAGS.indexOf("B-ORG");
    private static final int TAG_B_LOC = NameTagger.TAGS.indexOf("B-LOC");

    private final List<String> people = new ArrayList<>();
    private final List<String> surnames = new ArrayList<>();
    private final List<String> firstNames = new ArrayList<>();
    private final List<String> places = new ArrayList<>();
    private final List<String> organisations = new ArrayList<>();
    private final Random random;

    private TemplateCorpus(KnowledgeBase kb, String language, long seed) {
        random = new Random(seed);
        for (KbEntry e : kb.entries()) {
            String name = e.labels().getOrDefault(language, e.name());
            if (!latin(name)) {
                continue;
            }
            switch (e.type()) {
                case PERSON -> {
                    String[] words = name.split(" ");
                    if (words.length >= 2) {
                        people.add(name);
                        firstNames.add(words[0]);
                        surnames.add(words[words.length - 1]);
                    }
                }
                case LOCATION -> places.add(name);
                case ORGANIZATION -> organisations.add(name);
                default -> { }
            }
        }
    }

    /** Documents of filled sentences, {@code sentences} per language. */
    static List<TrainingCorpus.Document> generate(Path templateDir, KnowledgeBase kb, List<String> languages,
                                                  int sentences) throws IOException {
        List<TrainingCorpus.Document> docs = new ArrayList<>();
        for (String language : languages) {
            List<String> templates = new ArrayList<>();
            List<String> orgPatterns = new ArrayList<>();
            for (String line : Files.readAllLines(templateDir.resolve(language + ".txt"), StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                (line.startsWith("@org ") ? orgPatterns : templates).add(line.startsWith("@org ") ? line.substring(5) : line);
            }
            TemplateCorpus corpus = new TemplateCorpus(kb, language, language.hashCode());
            List<Token> tokens = new ArrayList<>();
            List<Integer> tags = new ArrayList<>();
            for (int s = 0; s < sentences; s++) {
                corpus.fill(templates.get(corpus.random.nextInt(templates.size())), orgPatterns, tokens, tags);
                if ((s + 1) % SENTENCES_PER_DOCUMENT == 0 || s + 1 == sentences) {
                    docs.add(new TrainingCorpus.Document("templates-" + language + "/" + language + ".txt",
                            List.copyOf(tokens), tags.stream().mapToInt(Integer::intValue).toArray()));
                    tokens.clear();
                    tags.clear();
                }
            }
        }
        return docs;
    }

    /** Appends the tokens and tags of one filled template. */
    private void fill(String template, List<String> orgPatterns, List<Token> tokens, List<Integer> tags) {
        StringBuilder text = new StringBuilder();
        List<int[]> slots = new ArrayList<>();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                text.append(template, i, template.length());
                break;
            }
            text.append(template, i, open);
            int close = template.indexOf('}', open);
            String slot = template.substring(open + 1, close);
            String value = switch (slot) {
                case "PER" -> person();
                case "SUR" -> pick(surnames);
                case "LOC" -> pick(places);
                default -> organisation(orgPatterns);
            };
            int tag = switch (slot) {
                case "PER", "SUR" -> TAG_B_PER;
                case "LOC" -> TAG_B_LOC;
                default -> TAG_B_ORG;
            };
            slots.add(new int[] {text.length(), text.length() + value.length(), tag});
            text.append(value);
            i = close + 1;
        }
        boolean first = true;
        for (Token t : Tokenizer.tokenize(text.toString())) {
            int tag = 0;
            for (int[] slot : slots) {
                if (t.start() >= slot[0] && t.end() <= slot[1]) {
                    tag = t.start() == slot[0] ? slot[2] : slot[2] + 1;
                }
            }
            tokens.add(new Token(t.text(), 0, 0, first));
            tags.add(tag);
            first = false;
        }
    }

    /** Half the time a person the knowledge base knows, else a known first name with a known surname. */
    private String person() {
        return random.nextBoolean() ? pick(people) : pick(firstNames) + " " + pick(surnames);
    }

    /** Half the time an organisation the knowledge base knows, else a pattern filled with a place or surname. */
    private String organisation(List<String> patterns) {
        if (random.nextInt(3) == 0 && !organisations.isEmpty()) {
            return pick(organisations);
        }
        String p = pick(patterns);
        return p.replace("{LOC}", pick(places)).replace("{SUR}", pick(surnames));
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Names written in Latin letters only (the templates are Italian and Spanish). */
    private static boolean latin(String name) {
        return !name.isEmpty() && name.codePoints().allMatch(c -> !Character.isLetter(c)
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }
}
