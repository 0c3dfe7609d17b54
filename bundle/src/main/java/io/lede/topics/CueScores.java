package io.lede.topics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The matched cues of one lexicon language, with their contributions summed up every level of the
 * Media Topics hierarchy.
 */
final class CueScores {
    /**
     * A matched cue: how often it occurs, what it adds to its topic and how to show it as
     * evidence ({@code keyword:elect*}, {@code entity:Real Madrid}).
     */
    record Match(Cue cue, int occurrences, double contribution, String shownAs) {
    }

    private final List<Match> matches;
    private final Map<String, Double> subtree = new HashMap<>();
    private final double levelOneTotal;

    CueScores(List<Match> matches, MediaTopicVocabulary vocabulary) {
        this.matches = List.copyOf(matches);
        double total = 0;
        for (Match m : matches) {
            for (String code : vocabulary.ancestors(m.cue().code())) {
                subtree.merge(code, m.contribution(), Double::sum);
            }
            total += m.contribution();
        }
        this.levelOneTotal = total;
    }

    /** What a cue seen {@code occurrences} times (field-weighted) adds: its weight, damped for repeats. */
    static double contribution(double weight, double occurrences) {
        return weight * (occurrences >= 1 ? 1 + Math.log(occurrences) : occurrences);
    }

    /** The summed contributions of the cues of {@code code} and of its narrower topics. */
    double raw(String code) {
        return subtree.getOrDefault(code, 0.0);
    }

    double total() {
        return levelOneTotal;
    }

    boolean isEmpty() {
        return matches.isEmpty();
    }

    /** The strongest matches within {@code code}'s subtree, as evidence strings. */
    List<String> evidence(String code, MediaTopicVocabulary vocabulary, int limit) {
        List<Match> within = new ArrayList<>();
        for (Match m : matches) {
            if (vocabulary.ancestors(m.cue().code()).contains(code)) {
                within.add(m);
            }
        }
        // ties in the order shown, not in the order matches were counted (which follows identity hash codes)
        within.sort(Comparator.comparingDouble(Match::contribution).reversed().thenComparing(Match::shownAs));
        List<String> out = new ArrayList<>();
        for (Match m : within.subList(0, Math.min(limit, within.size()))) {
            out.add(m.shownAs() + (m.occurrences() > 1 ? " x" + m.occurrences() : ""));
        }
        return out;
    }
}
