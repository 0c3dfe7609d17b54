package io.lede.topics;

import io.lede.api.Article;
import io.lede.api.Entity;
import io.lede.api.LanguageGuess;
import io.lede.api.Topic;
import io.lede.api.TopicTagger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Tags articles with IPTC Media Topics from multilingual keyword lexicons, steered by the newsroom's rules.
 * The lexicon language is the article's language unless another lexicon explains the text clearly better,
 * so a wrong or unknown language still gets sensible topics.
 */
public final class LexiconTopicTagger implements TopicTagger {
    static final double TITLE_WEIGHT = 2.5;
    static final double DESCRIPTION_WEIGHT = 1.5;
    static final double ENTITY_WEIGHT = 1.0;
    /** Keeps the evidence share of thin evidence low: share = raw / (total + SMOOTHING), then calibrated. */
    static final double SMOOTHING = 2.0;
    /** A narrower topic is given when it holds this share of its siblings' evidence and this much raw score. */
    static final double NARROWER_SHARE = 0.5;
    static final double NARROWER_MIN_RAW = 3.0;
    /** A narrower topic that passed those tests is judged nearly as likely as its level-1 topic. */
    static final double NARROWER_BASE = 0.7;
    static final double LANGUAGE_SWITCH_RATIO = 2.0;
    static final int EVIDENCE_LIMIT = 6;
    static final double FALLBACK_SCORE = 0.01;

    private final MediaTopicVocabulary vocabulary;
    private final TopicPriors priors;
    private final TopicSettings settings;
    private final SteeredLexicon steering;
    private final Supplier<TopicRules> rules;

    public LexiconTopicTagger(MediaTopicVocabulary vocabulary, TopicLexicon lexicon, TopicPriors priors,
                              TopicSettings settings, Supplier<TopicRules> rules) {
        this.vocabulary = vocabulary;
        this.priors = priors;
        this.settings = settings;
        this.steering = new SteeredLexicon(lexicon, vocabulary);
        this.rules = rules;
    }

    /** The tagger with the bundle's vocabulary and lexicons and the rules file named in {@code settings}. */
    public static LexiconTopicTagger create(TopicSettings settings) {
        Supplier<TopicRules> rules = settings.rulesFile().isEmpty()
                ? () -> TopicRules.NONE
                : new TopicRulesFile(Path.of(settings.rulesFile()));
        return new LexiconTopicTagger(MediaTopicVocabulary.load(), TopicLexicon.load(), TopicPriors.load(), settings,
                rules);
    }

    public MediaTopicVocabulary vocabulary() {
        return vocabulary;
    }

    @Override
    public List<Topic> tag(Article article, String language, List<Entity> entities) {
        TopicRules current = rules.get();
        TopicLexicon lexicon = steering.lexicon(current);
        ArticleWords words = ArticleWords.of(article);
        Map<String, List<CueScores.Match>> byLanguage = keywordMatches(words, lexicon);
        String lexiconLanguage = lexiconLanguage(byLanguage, language);
        List<CueScores.Match> matches = new ArrayList<>(byLanguage.getOrDefault(lexiconLanguage, List.of()));
        matches.addAll(entityMatches(entities, lexicon, lexiconLanguage));
        CueScores scores = new CueScores(matches, vocabulary);

        String labelLanguage = labelLanguage(language, lexiconLanguage);
        Map<String, Topic> chosen = new LinkedHashMap<>();
        ruleTopics(article, current, labelLanguage).forEach(t -> chosen.put(t.code(), t));
        automaticTopics(scores, current.minScore().orElse(settings.minScore()), labelLanguage)
                .forEach(t -> chosen.merge(t.code(), t, LexiconTopicTagger::withEvidenceOf));
        if (chosen.isEmpty() && !words.isEmpty()) {
            vocabulary.activeTopic(settings.fallbackTopic()).ifPresent(t -> chosen.put(t.code(), new Topic(t.code(),
                    t.label(labelLanguage), FALLBACK_SCORE, t.ancestors(), List.of("fallback:no topic cue"))));
        }
        int maxTopics = Math.max(1, current.maxTopics().orElse(settings.maxTopics()));
        return chosen.values().stream().limit(maxTopics).toList();
    }

    /** The folded words of an article's fields. */
    private record ArticleWords(List<String> title, List<String> description, List<String> text) {
        static ArticleWords of(Article article) {
            return new ArticleWords(TextFolding.tokens(article.title()), TextFolding.tokens(article.description()),
                    TextFolding.tokens(article.text()));
        }

        boolean isEmpty() {
            return title.isEmpty() && description.isEmpty() && text.isEmpty();
        }
    }

    private Map<String, List<CueScores.Match>> keywordMatches(ArticleWords words, TopicLexicon lexicon) {
        CueMatcher matcher = new CueMatcher(lexicon, vocabulary)
                .match(words.title(), TITLE_WEIGHT)
                .match(words.description(), DESCRIPTION_WEIGHT)
                .match(words.text(), 1.0);
        Map<String, List<CueScores.Match>> byLanguage = new HashMap<>();
        matcher.counts().forEach((cue, n) -> byLanguage.computeIfAbsent(cue.language(), k -> new ArrayList<>())
                .add(new CueScores.Match(cue, (int) n[1],
                        prior(cue) * CueScores.contribution(cue.weight(), n[0]), "keyword:" + cue.term())));
        return byLanguage;
    }

    /** A rule topic keeps its score and gains the automatic topic's evidence. */
    private static Topic withEvidenceOf(Topic ruled, Topic automatic) {
        List<String> evidence = new ArrayList<>(ruled.evidence());
        evidence.addAll(automatic.evidence());
        return new Topic(ruled.code(), ruled.label(), ruled.score(), ruled.ancestors(), evidence);
    }

    /** Labels follow the article's language; when that is unknown, the language of the lexicon that matched. */
    private static String labelLanguage(String language, String lexiconLanguage) {
        if (language != null && !language.isEmpty() && !LanguageGuess.UNKNOWN.equals(language)) {
            return language;
        }
        return lexiconLanguage == null ? "en" : lexiconLanguage;
    }

    /** The article's language, unless another lexicon scores {@link #LANGUAGE_SWITCH_RATIO} times higher. */
    private static String lexiconLanguage(Map<String, List<CueScores.Match>> byLanguage, String language) {
        String best = TopicLexicon.LANGUAGES.contains(language) ? language : null;
        double bestMass = best == null ? 0 : mass(byLanguage.get(best)) * LANGUAGE_SWITCH_RATIO;
        for (Map.Entry<String, List<CueScores.Match>> e : byLanguage.entrySet()) {
            double m = mass(e.getValue());
            if (m > bestMass) {
                best = e.getKey();
                bestMass = m;
            }
        }
        return best;
    }

    private static double mass(List<CueScores.Match> matches) {
        double sum = 0;
        if (matches != null) {
            for (CueScores.Match m : matches) {
                sum += m.contribution();
            }
        }
        return sum;
    }

    /** Entities whose names are cues (clubs, parties, institutions) count again, by salience. */
    private List<CueScores.Match> entityMatches(List<Entity> entities, TopicLexicon lexicon, String language) {
        List<CueScores.Match> out = new ArrayList<>();
        if (entities == null || language == null) {
            return out;
        }
        for (Entity e : entities) {
            double weight = ENTITY_WEIGHT * Math.max(0.1, Math.min(1.0, e.salience()));
            new CueMatcher(lexicon, vocabulary).match(TextFolding.tokens(e.name()), 1.0).counts().forEach((cue, n) -> {
                if (cue.language().equals(language)) {
                    out.add(new CueScores.Match(cue, 1, prior(cue) * cue.weight() * weight, "entity:" + e.name()));
                }
            });
        }
        return out;
    }

    private double prior(Cue cue) {
        List<String> path = vocabulary.ancestors(cue.code());
        return path.isEmpty() ? 1.0 : priors.weight(path.get(0));
    }

    private List<Topic> ruleTopics(Article article, TopicRules current, String labelLanguage) {
        List<Topic> out = new ArrayList<>();
        current.ruleTopics(article.section(), article.tags()).forEach((code, evidence) ->
                vocabulary.activeTopic(code).ifPresent(t ->
                        out.add(new Topic(t.code(), t.label(labelLanguage), 1.0, t.ancestors(), evidence))));
        return out;
    }

    private List<Topic> automaticTopics(CueScores scores, double minScore, String labelLanguage) {
        List<Topic> out = new ArrayList<>();
        if (scores.isEmpty()) {
            return out;
        }
        List<MediaTopic> ranked = new ArrayList<>(vocabulary.levelOne());
        ranked.sort(Comparator.comparingDouble((MediaTopic t) -> scores.raw(t.code())).reversed());
        for (MediaTopic top : ranked) {
            double raw = scores.raw(top.code());
            double score = ScoreCalibration.calibrated(raw / (scores.total() + SMOOTHING));
            if (raw <= 0 || (score < minScore && !out.isEmpty())) {
                break;
            }
            out.add(topic(top, score, scores, labelLanguage));
            MediaTopic narrower = narrowest(top, scores);
            double narrowerScore = score * (NARROWER_BASE + (1 - NARROWER_BASE) * scores.raw(narrower.code()) / raw);
            if (narrower != top && narrowerScore >= minScore) {
                out.add(topic(narrower, narrowerScore, scores, labelLanguage));
            }
        }
        out.sort(Comparator.comparingDouble(Topic::score).reversed());
        return out;
    }

    /**
     * Walks down from {@code top} while one narrower topic holds most of the evidence of its siblings (the
     * parent's own, generic cues say nothing about which narrower topic it is).
     */
    private MediaTopic narrowest(MediaTopic top, CueScores scores) {
        MediaTopic current = top;
        while (true) {
            MediaTopic best = null;
            double siblings = 0;
            for (MediaTopic child : steering.children(current.code())) {
                siblings += scores.raw(child.code());
                if (best == null || scores.raw(child.code()) > scores.raw(best.code())) {
                    best = child;
                }
            }
            if (best == null || scores.raw(best.code()) < NARROWER_MIN_RAW
                    || scores.raw(best.code()) < NARROWER_SHARE * siblings) {
                return current;
            }
            current = best;
        }
    }

    private Topic topic(MediaTopic t, double score, CueScores scores, String labelLanguage) {
        return new Topic(t.code(), t.label(labelLanguage), Math.min(1.0, score), t.ancestors(),
                scores.evidence(t.code(), vocabulary, EVIDENCE_LIMIT));
    }
}
