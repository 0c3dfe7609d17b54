package io.lede.topics;

/**
 * A lexicon term that points to a topic.
 *
 * @param term     folded term as written in the lexicon: {@code word}, {@code prefix*}, {@code *suffix} or a
 *                 phrase of words ({@code prime minister}, last word may end in {@code *})
 * @param language lexicon language
 * @param code     Media Topic code
 * @param weight   how strongly the term points to the topic
 */
public record Cue(String term, String language, String code, double weight) {

    boolean isPhrase() {
        return term.indexOf(' ') > 0;
    }

    boolean isPrefix() {
        return !isPhrase() && term.endsWith("*");
    }

    boolean isSuffix() {
        return term.startsWith("*");
    }

    /** {@code *word*}: a compound's last part, also with an inflection ending ("*abgeordnete*"). */
    boolean isInflectedSuffix() {
        return isSuffix() && term.length() > 2 && term.endsWith("*");
    }

    /** The term without wildcards. */
    String bare() {
        String t = term;
        if (t.startsWith("*")) {
            t = t.substring(1);
        }
        if (t.endsWith("*")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }
}
