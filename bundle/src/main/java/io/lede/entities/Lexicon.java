package io.lede.entities;

import java.util.Map;
import java.util.Set;

/** Word lists the tagger consults: function words of the site languages and common first names. */
final class Lexicon {
    private final Set<String> functionWords;
    private final Set<String> firstNames;
    private final Map<String, String> cues;
    private final Set<String> germanNouns;

    /**
     * @param cues cue class per word: "org" (Bank, Partito), "title" (Mr, présidente), "locprep" (in, nach)
     */
    Lexicon(Set<String> functionWords, Set<String> firstNames, Map<String, String> cues) {
        this(functionWords, firstNames, cues, Set.of());
    }

    /** @param germanNouns lower-cased German nouns that annotated text never has as (part of) a name */
    Lexicon(Set<String> functionWords, Set<String> firstNames, Map<String, String> cues, Set<String> germanNouns) {
        this.functionWords = Set.copyOf(functionWords);
        this.firstNames = Set.copyOf(firstNames);
        this.cues = Map.copyOf(cues);
        this.germanNouns = Set.copyOf(germanNouns);
    }

    /** German capitalises every noun: these common ones ("Kinder", "Straße") are no names by themselves. */
    boolean isGermanNoun(String lower) {
        return germanNouns.contains(lower);
    }

    Set<String> germanNouns() {
        return germanNouns;
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
