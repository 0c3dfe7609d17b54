package io.lede.source;

import io.lede.api.Article;
import io.lede.api.ArticleSource;
import io.lede.api.ArticleSourceException;
import io.lede.parse.ParseException;
import io.lede.parse.ParsedDocument;
import io.lede.parse.TikaParsing;
import io.lede.stages.Stage;
import io.lede.stages.StageRecorder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Fetches a published page over HTTP from the publish tier (or dispatcher), as readers see it, and
 * extracts the article with Tika.
 */
public final class HttpArticleSource implements ArticleSource {
    private final HttpClient http;
    private final URI base;
    private final String suffix;
    private final Duration timeout;
    private final TikaParsing tika;
    private final StageRecorder stages;

    /**
     * @param baseUrl e.g. {@code http://publish:4503}
     * @param suffix  appended to the content path, e.g. {@code .html}
     */
    public HttpArticleSource(String baseUrl, String suffix, Duration timeout, TikaParsing tika) {
        this(baseUrl, suffix, timeout, tika, StageRecorder.NONE);
    }

    /** As above, reporting fetch and parse times to {@code stages}. */
    public HttpArticleSource(String baseUrl, String suffix, Duration timeout, TikaParsing tika,
                             StageRecorder stages) {
        this.stages = stages;
        this.base = URI.create(baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl);
        this.suffix = suffix == null ? "" : suffix;
        this.timeout = timeout;
        this.tika = tika;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    public URI urlOf(String path) {
        return URI.create(base + (path.startsWith("/") ? path : "/" + path) + suffix);
    }

    @Override
    public Article fetch(String path) throws ArticleSourceException {
        URI url = urlOf(path);
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout).header("Accept", "text/html,*/*;q=0.5")
                .header("User-Agent", "Lede").GET().build();
        HttpResponse<InputStream> response;
        byte[] body;
        long t0 = System.nanoTime();
        AtomicBoolean bodyRead = new AtomicBoolean();
        AtomicBoolean bodyTimedOut = new AtomicBoolean();
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                // the request timeout ends with the headers; a body that stalls is cut off by closing its stream
                CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS).execute(() -> {
                    if (!bodyRead.get()) {
                        bodyTimedOut.set(true);
                        closeQuietly(in);
                    }
                });
                long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
                if (declared > tika.limits().maxBytes()) {
                    throw new ArticleSourceTooLarge("page " + url + " is larger than the limit of "
                            + tika.limits().maxBytes() + " bytes (Content-Length " + declared + ")");
                }
                try {
                    body = readAtMost(in, tika.limits().maxBytes(), url);
                } finally {
                    bodyRead.set(true);
                }
            }
        } catch (ArticleSourceTooLarge e) {
            throw new ArticleSourceException(e.getMessage(), false, e);
        } catch (HttpTimeoutException e) {
            throw new ArticleSourceException("publish tier did not answer " + url + " within " + timeout, true, e);
        } catch (IOException e) {
            if (bodyTimedOut.get()) {
                throw new ArticleSourceException("publish tier did not send the whole page " + url + " within "
                        + timeout, true, e);
            }
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new ArticleSourceException("cannot fetch " + url + ": " + msg, true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ArticleSourceException("interrupted while fetching " + url, true, e);
        } finally {
            stages.record(Stage.FETCH, System.nanoTime() - t0);
        }
        int status = response.statusCode();
        if (status >= 300) {
            boolean retry = status >= 500 || status == 429 || status == 408;
            throw new ArticleSourceException("publish tier answered HTTP " + status + " for " + url, retry);
        }
        String type = response.headers().firstValue("Content-Type").orElse(null);
        try {
            ParsedDocument parsed = stages.time(Stage.PARSE, () -> tika.parse(body, type, url.toString()));
            return parsed.toArticle(path, path, url.toString());
        } catch (ParseException e) {
            throw new ArticleSourceException("cannot parse " + url + ": " + e.getMessage(), false, e);
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // closing only to unblock the reader
        }
    }

    private static byte[] readAtMost(InputStream in, long max, URI url) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[16384];
        long total = 0;
        for (int n; (n = in.read(buf)) > 0; ) {
            total += n;
            if (total > max) {
                throw new ArticleSourceTooLarge("page " + url + " is larger than the limit of " + max + " bytes");
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /** Thrown inside {@link #readAtMost}; reported as a permanent failure. */
    private static final class ArticleSourceTooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        ArticleSourceTooLarge(String message) {
            super(message);
        }
    }
}
