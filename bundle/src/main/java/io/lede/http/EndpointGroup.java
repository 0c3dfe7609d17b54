package io.lede.http;

/**
 * The groups of Lede's HTTP endpoints that share one access setting, found from the path inside the {@code /lede}
 * context.
 */
public enum EndpointGroup {
    /** Faceted search and entity suggestions: may be public site search. */
    SEARCH,
    /** Related coverage for editors. */
    RELATED,
    /** Status, health, dead letters, backfill and reindex: operations. */
    ADMIN,
    /** The web page and its static files. */
    PAGE;

    /**
     * @param path the request path inside the context, e.g. {@code /api/search} (servlet path + path info)
     */
    public static EndpointGroup of(String path) {
        String p = path == null || path.isEmpty() ? "/" : path;
        if (under(p, "/api/search") || under(p, "/api/entities")) {
            return SEARCH;
        }
        if (under(p, "/api/related")) {
            return RELATED;
        }
        if (under(p, "/api/info")) {
            return PAGE;
        }
        if (under(p, "/api")) {
            return ADMIN;
        }
        return PAGE;
    }

    private static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
