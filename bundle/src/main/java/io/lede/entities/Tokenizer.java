package io.lede.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Splits text into words and punctuation, keeping UTF-16 offsets and marking sentence starts. */
public final class Tokenizer {
    /** Elided articles and prepositions that stick to the next word ("l'Europe", "dell'Italia"). */
    private static final Set<String> ELISIONS = Set.of("l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu",
            "lorsqu", "puisqu", "quoiqu", "dell", "dall", "nell", "sull", "all", "coll", "un", "quell", "quest",
            "sant", "po");

    private Tokenizer() {
    }

    public static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int n = text.length();
        int i = 0;
        boolean sentenceStart = true;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (c == '\n' && (tokens.isEmpty() || endsSentence(tokens.get(tokens.size() - 1).text())
                        || i + 1 < n && text.charAt(i + 1) == '\n')) {
                    sentenceStart = true;
                }
                i++;
                continue;
            }
            int codePoint = text.codePointAt(i);
            int end = Character.isLetterOrDigit(codePoint) ? wordEnd(text, i) : i + Character.charCount(codePoint);
            String word = text.substring(i, end);
            int elision = elisionEnd(word);
            if (elision > 0) {
                tokens.add(new Token(word.substring(0, elision), i, i + elision, sentenceStart));
                sentenceStart = false;
                i += elision;
                continue;
            }
            if (isDetachedElision(text, word, end)) {
                // "dell' Utri", "l' Aquila" as typed with a space: the same word as "dell'Utri"
                tokens.add(new Token(text.substring(i, end + 1), i, end + 1, sentenceStart));
                sentenceStart = false;
                i = end + 1;
                continue;
            }
            int possessive = possessiveStart(word);
            if (possessive > 0) {
                tokens.add(new Token(word.substring(0, possessive), i, i + possessive, sentenceStart));
                tokens.add(new Token(word.substring(possessive), i + possessive, end, false));
                sentenceStart = false;
                i = end;
                continue;
            }
            tokens.add(new Token(word, i, end, sentenceStart));
            sentenceStart = isSentenceEnd(word, tokens);
            if (!sentenceStart && tokens.size() > 1 && isOpening(word)) {
                sentenceStart = tokens.get(tokens.size() - 1).sentenceStart();
            }
            i = end;
        }
        return tokens;
    }

    /** A line break after these starts a new sentence; after anything else the sentence goes on. */
    private static boolean endsSentence(String word) {
        return word.length() == 1 && ".!?:;\"»”)…".indexOf(word.charAt(0)) >= 0;
    }

    private static boolean isOpening(String word) {
        return word.length() == 1 && "\"«„“‘'([¿¡-–—".indexOf(word.charAt(0)) >= 0;
    }

    private static boolean isSentenceEnd(String word, List<Token> tokens) {
        if (word.equals("!") || word.equals("?") || word.equals(":") || word.equals("…")) {
            return true;
        }
        if (!word.equals(".")) {
            return false;
        }
        if (tokens.size() < 2) {
            return true;
        }
        String before = tokens.get(tokens.size() - 2).text();
        return !(before.length() == 1 && Character.isUpperCase(before.charAt(0)));
    }

    private static int wordEnd(String text, int i) {
        int n = text.length();
        int j = i;
        while (j < n) {
            int cp = text.codePointAt(j);
            if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
                j += Character.charCount(cp);
                continue;
            }
            char c = text.charAt(j);
            boolean inner = j + 1 < n && Character.isLetterOrDigit(text.charAt(j + 1));
            if ((c == '-' || c == '\'' || c == '’' || c == '&') && inner) {
                j++;
                continue;
            }
            if (c == '.' && isAbbreviationDot(text, i, j)) {
                j++;
                continue;
            }
            if ((c == '.' || c == ',') && inner && Character.isDigit(text.charAt(j - 1))
                    && Character.isDigit(text.charAt(j + 1))) {
                j++;
                continue;
            }
            break;
        }
        return j;
    }

    /** "U.S." and "U.N." keep their dots; a lone capital followed by a dot is an initial. */
    private static boolean isAbbreviationDot(String text, int start, int dot) {
        int letters = dot - start;
        if (letters == 1 && Character.isUpperCase(text.charAt(start))) {
            return true;
        }
        if (letters >= 3 && text.charAt(dot - 2) == '.' && Character.isUpperCase(text.charAt(dot - 1))) {
            return true;
        }
        return false;
    }

    /** Length of an elided prefix including its apostrophe, or 0. */
    private static int elisionEnd(String word) {
        for (int k = 1; k < word.length() - 1 && k <= 6; k++) {
            char c = word.charAt(k);
            if (c == '\'' || c == '’') {
                String prefix = word.substring(0, k).toLowerCase(Locale.ROOT);
                return ELISIONS.contains(prefix) ? k + 1 : 0;
            }
        }
        return 0;
    }

    /** An elided article or preposition whose apostrophe is followed by a space and a word. */
    private static boolean isDetachedElision(String text, String word, int end) {
        return end + 2 < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '’')
                && text.charAt(end + 1) == ' ' && Character.isLetter(text.charAt(end + 2))
                && ELISIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Start of an English possessive "'s", or 0. */
    private static int possessiveStart(String word) {
        int n = word.length();
        if (n > 3 && (word.charAt(n - 2) == '\'' || word.charAt(n - 2) == '’')
                && (word.charAt(n - 1) == 's' || word.charAt(n - 1) == 'S')) {
            return n - 2;
        }
        return 0;
    }
}
