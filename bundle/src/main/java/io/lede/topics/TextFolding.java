package io.lede.topics;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lower-cases and strips accents, so that "Élection", "election" and "ELECTION" match one lexicon term.
 * Must fold exactly as {@code tools/topics/build_topic_data.py} does.
 */
public final class TextFolding {
    private static final int TABLE_SIZE = 0x2000;
    private static final String[] TABLE = new String[TABLE_SIZE];

    static {
        for (int c = 0; c < TABLE_SIZE; c++) {
            TABLE[c] = Character.isLetterOrDigit(c) ? foldSlowly(String.valueOf((char) c)) : "";
        }
    }

    private TextFolding() {
    }

    /** Folds a whole string; characters that are not letters or digits become spaces. */
    public static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String token : tokens(text)) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(token);
        }
        return out.toString();
    }

    /** The folded words of {@code text}: runs of letters and digits. */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>(text.length() / 6 + 1);
        StringBuilder word = new StringBuilder(24);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String folded = c < TABLE_SIZE ? TABLE[c] : foldedOutsideTable(c);
            if (folded.isEmpty()) {
                if (word.length() > 0) {
                    out.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(folded);
            }
        }
        if (word.length() > 0) {
            out.add(word.toString());
        }
        return out;
    }

    private static String foldedOutsideTable(char c) {
        return Character.isLetterOrDigit(c) ? String.valueOf(Character.toLowerCase(c)) : "";
    }

    private static String foldSlowly(String s) {
        String lower = s.toLowerCase(Locale.ROOT).replace("ß", "ss").replace("œ", "oe").replace("æ", "ae");
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK && Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
