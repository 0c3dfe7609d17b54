package io.lede.entities;

import java.text.Normalizer;
import java.util.Locale;

/** Folds names for matching: lower case, no accents, one kind of apostrophe and dash, single spaces. */
public final class NameNormaliser {
    private NameNormaliser() {
    }

    public static String normalise(String name) {
        if (isPlainAsciiWord(name)) {
            return name.toLowerCase(Locale.ROOT);
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == '’' || c == '‘' || c == '`' || c == 'ʼ') {
                c = '\'';
            } else if (c == '–' || c == '—' || c == '‐') {
                c = '-';
            } else if (c == 'ß') {
                out.append("ss");
                space = false;
                continue;
            }
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isPlainAsciiWord(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 128 || c == '`' || Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /** The key a token contributes to a gazetteer match. */
    public static String tokenKey(String token) {
        return normalise(token);
    }

    /** A stable slug for ids of entities the knowledge base does not know. */
    public static String slug(String name) {
        String n = normalise(name);
        StringBuilder out = new StringBuilder(n.length());
        boolean dash = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (dash && out.length() > 0) {
                    out.append('-');
                }
                out.append(c);
                dash = false;
            } else {
                dash = true;
            }
        }
        return out.toString();
    }
}
