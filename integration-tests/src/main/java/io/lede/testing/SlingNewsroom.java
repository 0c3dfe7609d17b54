package io.lede.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What an editor does in Sling, over HTTP: installs the project's article rendering script, writes articles
 * through the Sling POST servlet and publishes or unpublishes them with Content Distribution requests.
 */
public final class SlingNewsroom {
    public static final String RESOURCE_TYPE = "lede/article";
    private static final String SCRIPT = "/io/lede/sling/apps/lede/article/article.html";
    private static final Duration AGENT_SETTLING = Duration.ofSeconds(120);

    private final SlingHttp editor;
    private final String agent;

    public SlingNewsroom(SlingHttp editor, String agent) {
        this.editor = editor;
        this.agent = agent;
    }

    /** Installs {@code /apps/lede/article/article.html} (HTL), which renders resources of type lede/article. */
    public void installRenderingScript() {
        byte[] script;
        try (InputStream in = SlingNewsroom.class.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT + " is not on the class path");
            }
            script = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        expectOk("install the rendering script",
                editor.upload("/apps/lede/article", "article.html", script, "text/html"));
    }

    /** Creates or overwrites the article at {@code path} (a page of type lede/article). */
    public void write(String path, SampleArticle a) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("_charset_", List.of("utf-8"));
        form.put("sling:resourceType", List.of(RESOURCE_TYPE));
        form.put("jcr:title", List.of(a.title()));
        form.put("description", List.of(a.description()));
        form.put("language", List.of(a.language()));
        form.put("section", List.of(a.section()));
        form.put("published", List.of(a.published()));
        form.put("authors", a.authors());
        form.put("authors@TypeHint", List.of("String[]"));
        form.put("tags", a.tags());
        form.put("tags@TypeHint", List.of("String[]"));
        form.put("paragraphs", a.paragraphs());
        form.put("paragraphs@TypeHint", List.of("String[]"));
        expectOk("write " + path, editor.postForm(path, form));
    }

    /** Publishes through the distribution agent (ADD). */
    public void publish(String path) {
        distribute("ADD", path);
    }

    /** Unpublishes through the distribution agent (DELETE): the page is removed and Lede removes it from the index. */
    public void unpublish(String path) {
        distribute("DELETE", path);
    }

    /**
     * Sends the distribution request until the agent accepts it: on a young instance the agent is re-activated
     * when the job manager comes back after a topology change, and for that moment requests fail.
     */
    private void distribute(String action, String path) {
        AtomicReference<SlingHttp.Response> last = new AtomicReference<>();
        try {
            Await.until(AGENT_SETTLING, "the agent to accept " + action + " " + path, () -> {
                last.set(editor.distribute(agent, action, path));
                return last.get().ok();
            });
        } catch (AssertionError e) {
            expectOk(action + " " + path + " (" + e.getMessage() + ")", last.get());
        }
    }

    private static void expectOk(String what, SlingHttp.Response r) {
        if (!r.ok()) {
            throw new IllegalStateException(
                    "cannot " + what + ": HTTP " + r.status() + " " + SlingHttp.abbreviate(r.body()));
        }
    }
}
