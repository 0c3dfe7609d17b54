package io.lede.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class PageResourcesTest {
    private final PageResources resources = PageResources.load();

    @Test
    void theFolderRootIsThePage() {
        PageResource root = resources.find("/").orElseThrow();
        assertSame(resources.find("/index.html").orElseThrow(), root);
        assertEquals("text/html; charset=utf-8", root.contentType());
        assertTrue(new String(root.body(), StandardCharsets.UTF_8).contains("<script src=\"lede.js\""));
    }

    @Test
    void eachFileHasItsContentType() {
        assertEquals("text/css; charset=utf-8", resources.find("/lede.css").orElseThrow().contentType());
        assertEquals("text/javascript; charset=utf-8", resources.find("/lede.js").orElseThrow().contentType());
        assertEquals("image/svg+xml", resources.find("/favicon.svg").orElseThrow().contentType());
    }

    @Test
    void nothingOutsideTheListedFilesIsFound() {
        for (String path : new String[] {null, "", "index.html", "/../PageResources.class", "/..%2fPageResources.class",
                "/page/index.html", "/io/lede/http/page/index.html", "/lede.js/", "/LEDE.JS", "/./lede.js",
                "//lede.js", "/lede.js%00", "/META-INF/MANIFEST.MF", "/api/search"}) {
            assertTrue(resources.find(path).isEmpty(), "found " + path);
        }
    }

    @Test
    void revalidatedWithAContentTag() {
        PageResource js = resources.find("/lede.js").orElseThrow();
        PageResource css = resources.find("/lede.css").orElseThrow();
        assertEquals("no-cache", js.cacheControl());
        assertTrue(js.etag().matches("\"[0-9a-f]{24}\""), js.etag());
        assertNotEquals(js.etag(), css.etag());
        assertTrue(js.matches(js.etag()));
        assertTrue(js.matches("\"other\", " + js.etag()));
        assertTrue(js.matches("W/" + js.etag()));
        assertTrue(js.matches("*"));
        assertFalse(js.matches(css.etag()));
        assertFalse(js.matches(null));
    }

    @Test
    void gzipCopyHoldsTheSameBytes() throws IOException {
        PageResource js = resources.find("/lede.js").orElseThrow();
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(js.gzipBody()))) {
            assertArrayEquals(js.body(), in.readAllBytes());
        }
        assertTrue(js.gzipBody().length < js.body().length);
    }

    @Test
    void gzipOnlyWhenAccepted() {
        assertTrue(PageResource.acceptsGzip("gzip, deflate, br"));
        assertTrue(PageResource.acceptsGzip("br;q=1.0, GZIP;q=0.5"));
        assertFalse(PageResource.acceptsGzip("gzip;q=0"));
        assertFalse(PageResource.acceptsGzip("deflate, br"));
        assertFalse(PageResource.acceptsGzip(null));
        assertFalse(PageResource.acceptsGzip("x-gzip-ish"));
    }

    @Test
    void thePageLoadsNothingFromElsewhere() {
        for (String file : new String[] {"/", "/lede.css", "/lede.js"}) {
            String text = new String(resources.find(file).orElseThrow().body(), StandardCharsets.UTF_8);
            assertFalse(text.matches("(?s).*(https?:)?//[a-z0-9.-]+\\.[a-z]{2,}/.*"), file + " refers to another host");
        }
        assertTrue(PageResources.SECURITY_HEADERS.get("Content-Security-Policy").contains("default-src 'none'"));
    }
}
