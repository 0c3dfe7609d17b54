package io.lede.http;

/**
 * One static file of the search page, held in memory: its body (and a gzip copy), content type, cache policy
 * and a strong entity tag derived from the content.
 */
public record PageResource(String name, byte[] body, byte[] gzipBody, String contentType, String cacheControl,
                           String etag) {

    /** Whether the request's {@code If-None-Match} header names this resource's current version. */
    public boolean matches(String ifNoneMatch) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.trim();
            if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a client that sent this {@code Accept-Encoding} header may get the gzip copy. */
    public static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] codingAndParams = part.trim().split(";");
            if (codingAndParams[0].trim().equalsIgnoreCase("gzip")) {
                return !zeroQuality(codingAndParams);
            }
        }
        return false;
    }

    private static boolean zeroQuality(String[] codingAndParams) {
        for (int i = 1; i < codingAndParams.length; i++) {
            String p = codingAndParams[i].trim().replace(" ", "");
            if (p.equals("q=0") || p.equals("q=0.0") || p.equals("q=0.00") || p.equals("q=0.000")) {
                return true;
            }
        }
        return false;
    }
}
