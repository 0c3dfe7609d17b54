package io.lede.topics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The shipped lexicon with a newsroom's keyword changes applied, rebuilt only when the rules change. */
final class SteeredLexicon {
    private static final Logger LOG = LoggerFactory.getLogger(SteeredLexicon.class);

    private final TopicLexicon base;
    private final MediaTopicVocabulary vocabulary;
    private final Map<String, List<MediaTopic>> children = new HashMap<>();
    private volatile Applied applied;

    private record Applied(TopicRules rules, TopicLexicon lexicon) {
    }

    SteeredLexicon(TopicLexicon base, MediaTopicVocabulary vocabulary) {
        this.base = base;
        this.vocabulary = vocabulary;
        for (MediaTopic t : vocabulary.all()) {
            if (!t.retired() && t.parent() != null) {
                children.computeIfAbsent(t.parent(), k -> new ArrayList<>()).add(t);
            }
        }
        this.applied = new Applied(TopicRules.NONE, base);
    }

    TopicLexicon lexicon(TopicRules rules) {
        Applied current = applied;
        if (current.rules() != rules) {
            current = new Applied(rules, rules.keywords().isEmpty() ? base : steer(rules));
            applied = current;
        }
        return current.lexicon();
    }

    List<MediaTopic> children(String code) {
        return children.getOrDefault(code, List.of());
    }

    private TopicLexicon steer(TopicRules rules) {
        List<Predicate<Cue>> removals = new ArrayList<>();
        List<Cue> additions = new ArrayList<>();
        for (TopicRules.KeywordChange change : rules.keywords()) {
            String code = change.topic().isEmpty() ? "" : MediaTopicVocabulary.normalise(change.topic());
            if (!code.isEmpty() && vocabulary.activeTopic(code).isEmpty()) {
                LOG.warn("topic rules: ignoring keywords of {}, not an active Media Topic", change.topic());
                continue;
            }
            Set<String> removed = new java.util.HashSet<>();
            change.remove().forEach(term -> removed.add(TopicLexicon.normaliseTerm(term)));
            if (!removed.isEmpty()) {
                removals.add(cue -> removed.contains(cue.term())
                        && (code.isEmpty() || vocabulary.ancestors(cue.code()).contains(code))
                        && (change.language().isEmpty() || change.language().equals(cue.language())));
            }
            if (code.isEmpty()) {
                continue;
            }
            List<String> languages = change.language().isEmpty() ? TopicLexicon.LANGUAGES
                    : List.of(change.language());
            for (String term : change.add()) {
                String normalised = TopicLexicon.normaliseTerm(term);
                if (!normalised.isEmpty()) {
                    languages.forEach(l -> additions.add(new Cue(normalised, l, code, change.weight())));
                }
            }
        }
        return base.with(cue -> removals.stream().anyMatch(r -> r.test(cue)), additions);
    }
}
