package io.lede.entities;

import java.util.Set;

/** Word lists the tagger consults: function words of the site languages and common first names. */
final class Lexicon {
    private final Set<String> functionWords;
    private final Set<String> firstNames;

    Lexicon(Set<String> functionWords, Set<String> firstNames) {
        this.functionWords = Set.copyOf(functionWords);
        this.firstNames = Set.copyOf(firstNames);
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
