package io.lede.entities;

/** Word shapes such as "Xx" (Moscow), "X" (NATO), "X.X." (U.S.), "d" (2024): runs of one class collapse. */
final class WordShape {
    private WordShape() {
    }

    static String of(String word) {
        char[] out = new char[8];
        int length = 0;
        char last = 0;
        for (int i = 0; i < word.length() && length < out.length; i++) {
            char c = word.charAt(i);
            char k = Character.isUpperCase(c) ? 'X' : Character.isLetter(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (k != last) {
                out[length++] = k;
                last = k;
            }
        }
        return new String(out, 0, length);
    }

    static boolean isCapitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    static boolean isAllCaps(String word) {
        boolean letter = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }
}
