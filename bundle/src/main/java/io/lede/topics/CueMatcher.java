package io.lede.topics;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Finds a lexicon's cues in folded words and counts them, weighting each occurrence by the field it is in. */
final class CueMatcher {
    private final TopicLexicon lexicon;
    private final MediaTopicVocabulary vocabulary;
    private final Map<Cue, double[]> counts = new IdentityHashMap<>();
    private final List<Cue> tokenMatches = new ArrayList<>();

    CueMatcher(TopicLexicon lexicon, MediaTopicVocabulary vocabulary) {
        this.lexicon = lexicon;
        this.vocabulary = vocabulary;
    }

    /** Counts the cues in {@code tokens}, each occurrence worth {@code fieldWeight}. */
    CueMatcher match(List<String> tokens, double fieldWeight) {
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (token.length() < 2) {
                continue;
            }
            tokenMatches.clear();
            addAll(lexicon.wordAndAffixCues(token));
            TopicLexicon.Phrase[] phrases = lexicon.phrasesStartingWith(token);
            if (phrases != null) {
                for (TopicLexicon.Phrase p : phrases) {
                    if (matchesAt(p, tokens, i)) {
                        tokenMatches.add(p.cue());
                    }
                }
            }
            countStrongestPerTopic(fieldWeight);
        }
        return this;
    }

    /** Cue → {field-weighted occurrences, plain occurrences}. */
    Map<Cue, double[]> counts() {
        return counts;
    }

    private void addAll(Cue[] cues) {
        for (Cue c : cues) {
            tokenMatches.add(c);
        }
    }

    /**
     * One word counts once per level-1 topic and language, through its strongest cue ("elect*" or
     * "election"), the narrower topic's cue winning a tie.
     */
    private void countStrongestPerTopic(double fieldWeight) {
        int n = tokenMatches.size();
        if (n == 1) {
            add(tokenMatches.get(0), fieldWeight);
            return;
        }
        for (int a = 0; a < n; a++) {
            Cue cue = tokenMatches.get(a);
            boolean strongest = true;
            for (int b = 0; b < n && strongest; b++) {
                Cue other = tokenMatches.get(b);
                if (b != a && other.language().equals(cue.language()) && sameTopLevel(other, cue)
                        && stronger(other, b, cue, a)) {
                    strongest = false;
                }
            }
            if (strongest) {
                add(cue, fieldWeight);
            }
        }
    }

    private boolean sameTopLevel(Cue a, Cue b) {
        return a.code().equals(b.code()) || topLevel(a).equals(topLevel(b));
    }

    private boolean stronger(Cue other, int otherIndex, Cue cue, int index) {
        if (other.weight() != cue.weight()) {
            return other.weight() > cue.weight();
        }
        int depth = depth(other) - depth(cue);
        return depth != 0 ? depth > 0 : otherIndex < index;
    }

    private String topLevel(Cue cue) {
        List<String> path = vocabulary.ancestors(cue.code());
        return path.isEmpty() ? cue.code() : path.get(0);
    }

    private int depth(Cue cue) {
        return vocabulary.ancestors(cue.code()).size();
    }

    private void add(Cue cue, double fieldWeight) {
        double[] n = counts.computeIfAbsent(cue, k -> new double[2]);
        n[0] += fieldWeight;
        n[1]++;
    }

    private static boolean matchesAt(TopicLexicon.Phrase p, List<String> tokens, int start) {
        String[] words = p.words();
        if (start + words.length > tokens.size()) {
            return false;
        }
        for (int k = 1; k < words.length; k++) {
            String token = tokens.get(start + k);
            boolean last = k == words.length - 1;
            if (last && p.lastIsPrefix() ? !token.startsWith(words[k]) : !token.equals(words[k])) {
                return false;
            }
        }
        return true;
    }
}
