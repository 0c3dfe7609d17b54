package io.lede.language;

import java.util.Arrays;

/**
 * Walks a text's words as runs of lower-cased letters, the units Lede's n-gram models were built from
 * (digits, punctuation and apostrophes separate words).
 */
final class LetterWords {
    interface Visitor {
        /** The word is {@code chars[0..length)}; the array is reused. */
        void word(char[] chars, int length);
    }

    private LetterWords() {
    }

    /** Visits the words of the first {@code maxLetters} letters of {@code text}; returns the letters visited. */
    static int visit(CharSequence text, int maxLetters, Visitor visitor) {
        char[] word = new char[64];
        int length = 0;
        int letters = 0;
        int n = text.length();
        for (int i = 0; i < n && letters < maxLetters; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c) || (length > 0 && isMark(c))) {
                if (length == word.length) {
                    word = Arrays.copyOf(word, length * 2);
                }
                word[length++] = Character.toLowerCase(c);
                letters++;
            } else if (length > 0) {
                visitor.word(word, length);
                length = 0;
            }
        }
        if (length > 0) {
            visitor.word(word, length);
        }
        return letters;
    }

    /** Combining marks (Devanagari vowel signs, Thai tone marks...) belong to the word they follow. */
    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
