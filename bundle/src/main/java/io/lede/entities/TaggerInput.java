package io.lede.entities;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Per-token facts the tagger looks at, computed once per text. */
final class TaggerInput {
    final int size;
    final String[] words;
    final String[] lower;
    final String[] shapes;
    final boolean[] sentenceStart;
    final String[] gazetteer;
    final boolean[] firstName;
    final boolean[] functionWord;
    final boolean[] seenLowerCase;
    final boolean[] seenCapitalisedInside;
    final boolean[] upperCaseLine;
    final String[] cues;

    TaggerInput(List<Token> tokens, Lexicon lexicon, String[] gazetteerTags) {
        size = tokens.size();
        words = new String[size];
        lower = new String[size];
        shapes = new String[size];
        sentenceStart = new boolean[size];
        firstName = new boolean[size];
        functionWord = new boolean[size];
        seenLowerCase = new boolean[size];
        seenCapitalisedInside = new boolean[size];
        upperCaseLine = new boolean[size];
        cues = new String[size];
        gazetteer = gazetteerTags;
        Set<String> lowerForms = new HashSet<>();
        Set<String> capitalisedInside = new HashSet<>();
        for (int i = 0; i < size; i++) {
            Token t = tokens.get(i);
            words[i] = t.text();
            lower[i] = t.text().toLowerCase(Locale.ROOT);
            shapes[i] = WordShape.of(t.text());
            sentenceStart[i] = t.sentenceStart();
            if (Character.isLowerCase(t.text().charAt(0))) {
                lowerForms.add(lower[i]);
            } else if (!t.sentenceStart() && WordShape.isCapitalised(t.text())) {
                capitalisedInside.add(lower[i]);
            }
        }
        markUpperCaseSentences();
        for (int i = 0; i < size; i++) {
            firstName[i] = lexicon.isFirstName(lower[i]);
            functionWord[i] = lexicon.isFunctionWord(lower[i]);
            cues[i] = lexicon.cue(lower[i]);
            seenLowerCase[i] = lowerForms.contains(lower[i]);
            seenCapitalisedInside[i] = capitalisedInside.contains(lower[i]);
        }
    }

    private void markUpperCaseSentences() {
        int start = 0;
        for (int i = 1; i <= size; i++) {
            if (i == size || sentenceStart[i]) {
                int letters = 0;
                int upper = 0;
                for (int k = start; k < i; k++) {
                    if (Character.isLetter(words[k].charAt(0))) {
                        letters++;
                        if (WordShape.isAllCaps(words[k])) {
                            upper++;
                        }
                    }
                }
                boolean caps = letters >= 3 && upper * 10 >= letters * 7;
                for (int k = start; k < i; k++) {
                    upperCaseLine[k] = caps;
                }
                start = i;
            }
        }
    }
}
