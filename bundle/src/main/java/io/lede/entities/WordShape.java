package io.lede.entities;

/** Word shapes such as "Xx" (Moscow), "X" (NATO), "X.X." (U.S.), "d" (2024): runs of one class collapse. */
final class WordShape {
    private WordShape() {
    }

    static String of(String word) {
        StringBuilder out = new StringBuilder(6);
        char last = 0;
        for (int i = 0; i < word.length() && out.length() < 8; i++) {
            char c = word.charAt(i);
            char k = Character.isUpperCase(c) ? 'X' : Character.isLetter(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (k != last) {
                out.append(k);
                last = k;
            }
        }
        return out.toString();
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
