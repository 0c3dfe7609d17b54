package io.lede.entities;

import java.util.Map;
import java.util.Set;

/** Word lists the tagger consults: function words of the site languages and common first names. */
final class Lexicon {
    private final Set<String> functionWords;
    private final Set<String> firstNames;
    private final Map<String, String> cues;

    /**
     * @param cues cue class per word: "org" (Bank, Partito), "title" (Mr, présidente), "locprep" (in, nach)
     */
    Lexicon(Set<String> functionWords, Set<String> firstNames, Map<String, String> cues) {
        this.functionWords = Set.copyOf(functionWords);
        this.firstNames = Set.copyOf(firstNames);
        this.cues = Map.copyOf(cues);
    }

    /** The cue class of a lower-cased word, or null. */
    String cue(String lower) {
        return cues.get(lower);
    }

    Map<String, String> cues() {
        return cues;
    }

    boolean isFunctionWord(String lower) {
        return functionWords.contains(lower);
    }

    boolean isFirstName(String lower) {
        return firstNames.contains(lower);
    }

    Set<String> functionWords() {
        return functionWords;
    }

    Set<String> firstNames() {
        return firstNames;
    }
}
