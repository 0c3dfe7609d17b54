package io.lede.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lede.testing.Await;
import io.lede.testing.CapturedStderr;
import io.lede.testing.HttpClientJson;
import io.lede.testing.HttpClientJson.Answer;
import io.lede.testing.LedeInFelix;
import io.lede.testing.TestBundles;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Lede's {@code /lede} context in Felix HTTP Jetty: public search, everything else editor-only (HTTP Basic), no way
 * around the policy by encoding the path, and the password never logged. The always-present {@code /api/info}
 * (group page) stands for every editor-only endpoint; the endpoints' own ITs check their groups.
 */
class HttpAccessIT {
    private static final String PASSWORD = "corr3ct-h0rse-battery";

    private static CapturedStderr log;
    private static LedeInFelix lede;
    private static HttpClientJson anonymous;
    private static HttpClientJson editor;

    @BeforeAll
    static void start() throws Exception {
        log = new CapturedStderr();
        // No Elasticsearch is needed to test access: the pipeline keeps retrying its connection in the background.
        lede = LedeInFelix.start(TestBundles.workDirectory("http-access"), "http://127.0.0.1:9", "http://127.0.0.1:9",
                "http-access", Map.of(), List.of(),
                Map.of("io.lede.http", LedeInFelix.editorAccess("editor", PASSWORD, "search")));
        anonymous = HttpClientJson.anonymous(lede.httpBaseUrl());
        editor = HttpClientJson.basic(lede.httpBaseUrl(), "editor", PASSWORD);
        Await.until(Duration.ofSeconds(60), "the /lede context to answer", () -> status(editor, "/lede/api/info") == 200);
    }

    @AfterAll
    static void stop() throws Exception {
        if (lede != null) {
            lede.close();
        }
        if (log != null) {
            log.close();
        }
    }

    private static int status(HttpClientJson client, String path) {
        try {
            return client.get(path).status();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    @Test
    void infoTellsAnEditorWhatItMayUse() throws Exception {
        Answer asEditor = editor.get("/lede/api/info");
        assertEquals(200, asEditor.status());
        assertEquals("Lede", asEditor.body().path("name").asText());
        for (String group : List.of("search", "related", "admin", "page")) {
            assertTrue(asEditor.body().path("allowed").path(group).asBoolean(), group);
        }
        assertEquals("no-store", asEditor.raw().headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void editorOnlyEndpointsAskForCredentials() throws Exception {
        Answer a = anonymous.get("/lede/api/info");
        assertEquals(401, a.status());
        assertTrue(a.raw().headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic realm=\"Lede\""));
        assertEquals("editor credentials required", a.body().path("error").asText());
        assertEquals(401, HttpClientJson.basic(lede.httpBaseUrl(), "editor", "wrong").get("/lede/api/info").status());
        assertEquals(401, HttpClientJson.basic(lede.httpBaseUrl(), "Editor", PASSWORD).get("/lede/api/info").status());
    }

    @Test
    void encodedOrDottedPathsCannotDodgeThePolicy() throws Exception {
        for (String path : List.of("/lede/api/%69nfo", "/lede/api/search/../info", "/lede//api/info",
                "/lede/api/search/%2e%2e/info", "/lede/api/./info")) {
            int status = status(anonymous, path);
            assertTrue(status == 401 || status == 400 || status == 404, path + " answered " + status);
        }
    }

    @Test
    void thePasswordIsNeverLogged() {
        assertTrue(log.text().contains("Lede HTTP endpoints under /lede"), "the policy is logged at start");
        assertFalse(log.text().contains(PASSWORD));
    }
}
