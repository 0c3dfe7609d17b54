package io.lede.entities;

/**
 * A word or punctuation mark of a text.
 *
 * @param text          the token as written
 * @param start         UTF-16 start offset in the field
 * @param end           UTF-16 end offset (exclusive)
 * @param sentenceStart whether the token opens a sentence (its capital letter then says little)
 */
public record Token(String text, int start, int end, boolean sentenceStart) {
    public boolean isWord() {
        return Character.isLetterOrDigit(text.codePointAt(0));
    }

    public boolean isCapitalised() {
        return Character.isUpperCase(text.codePointAt(0));
    }
}
