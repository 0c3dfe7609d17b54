package io.lede.api;

/**
 * One occurrence of an entity in the article.
 *
 * @param field "title" or "text": which string the offsets point into
 * @param start UTF-16 start offset (inclusive)
 * @param end   UTF-16 end offset (exclusive)
 * @param text  the surface form as written
 */
public record Mention(String field, int start, int end, String text) {
    public static final String TITLE = "title";
    public static final String TEXT = "text";
}
