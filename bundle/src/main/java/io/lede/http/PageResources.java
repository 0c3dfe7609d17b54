package io.lede.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

/**
 * The search page's static files, served under {@code /lede/}. Only the files named here exist: a request path
 * is looked up in this fixed table and never touches a file system or a class path lookup of its own, so there is
 * neither a directory listing nor a way out of the page folder.
 */
public final class PageResources {
    static final String FOLDER = "/io/lede/http/page/";

    /** Security headers of every page response: everything comes from this origin, nothing else is loaded. */
    public static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                    + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'self'",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "same-origin");

    private static final Map<String, String> FILES = Map.of(
            "index.html", "text/html; charset=utf-8",
            "lede.css", "text/css; charset=utf-8",
            "lede.js", "text/javascript; charset=utf-8",
            "favicon.svg", "image/svg+xml");

    /** Not fingerprinted, so caches revalidate every time; the ETag makes that a cheap 304. */
    private static final String CACHE_CONTROL = "no-cache";

    private final Map<String, PageResource> byPath;

    private PageResources(Map<String, PageResource> byPath) {
        this.byPath = byPath;
    }

    /** Loads the page files from the bundle's class path (once, at component activation). */
    public static PageResources load() {
        Map<String, PageResource> byPath = new LinkedHashMap<>();
        for (Map.Entry<String, String> file : FILES.entrySet()) {
            byte[] body = read(file.getKey());
            PageResource resource = new PageResource(file.getKey(), body, gzip(body), file.getValue(), CACHE_CONTROL,
                    etag(body));
            byPath.put("/" + file.getKey(), resource);
            if (file.getKey().equals("index.html")) {
                byPath.put("/", resource);
            }
        }
        return new PageResources(Map.copyOf(byPath));
    }

    /**
     * The file for a path inside the page folder ({@code /}, {@code /lede.css}, ...), as the servlet's path
     * info gives it; anything else, including encoded or dotted variants, is absent.
     */
    public Optional<PageResource> find(String pathInfo) {
        return Optional.ofNullable(pathInfo).map(byPath::get);
    }

    private static byte[] read(String name) {
        try (InputStream in = PageResources.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("page file missing from the bundle: " + FOLDER + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
