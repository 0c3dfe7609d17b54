package io.lede.search;

/** No indexed article has the id asked for. */
public final class ArticleNotFoundException extends Exception {
    private final String id;

    public ArticleNotFoundException(String id) {
        super("no indexed article with id " + id);
        this.id = id;
    }

    public String id() {
        return id;
    }
}
