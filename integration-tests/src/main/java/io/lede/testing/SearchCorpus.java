package io.lede.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fixture corpus published through the real pipeline into its own alias, with Lede's HTTP endpoints of the
 * search and related groups public: what the search ITs (and the page's browser test) run against.
 */
public final class SearchCorpus implements AutoCloseable {
    private final LedeInFelix lede;
    private final EsHttp es;
    private final String elasticsearchUrl;
    private final String alias;
    private final List<FixtureArticle> articles;

    private SearchCorpus(LedeInFelix lede, String elasticsearchUrl, String alias, List<FixtureArticle> articles) {
        this.lede = lede;
        this.elasticsearchUrl = elasticsearchUrl;
        this.es = new EsHttp(elasticsearchUrl);
        this.alias = alias;
        this.articles = articles;
    }

    private static SearchCorpus shared;

    /**
     * One corpus per test JVM, shared by the search ITs (publishing and enriching it is the slow part); closed at
     * JVM exit.
     */
    public static synchronized SearchCorpus shared() throws Exception {
        if (shared == null) {
            SearchCorpus corpus = start("search-corpus", Map.of());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    corpus.close();
                } catch (Exception e) {
                    System.err.println("cannot stop the search corpus's Felix: " + e);
                }
            }, "search-corpus-stop"));
            shared = corpus;
        }
        return shared;
    }

    /** Starts Felix on the shared test node, publishes every fixture article and waits until all are searchable. */
    public static SearchCorpus start(String name, Map<String, Map<String, Object>> configurations) throws Exception {
        ElasticsearchServer server = TestElasticsearch.get();
        EsHttp es = new EsHttp(server.httpUrl());
        String alias = "lede-it-" + name;
        Map<String, Map<String, Object>> config = new HashMap<>(configurations);
        // generous: this machine is shared and loaded; the default 2 s would make the tests flaky, not better
        config.putIfAbsent("io.lede.search", Map.of("queryTimeoutMillis", 30_000));
        config.putIfAbsent("io.lede.http", LedeInFelix.editorAccess("editor", "search-it-password", "search",
                "related", "page"));
        LedeInFelix lede = LedeInFelix.start(TestBundles.workDirectory(name), server.httpUrl(), "http://127.0.0.1:9",
                alias, Map.of(), List.of(), config);
        List<FixtureArticle> articles = FixtureArticle.all();
        SearchCorpus corpus = new SearchCorpus(lede, server.httpUrl(), alias, articles);
        articles.forEach(corpus::publish);
        Await.until(Duration.ofSeconds(180), "all " + articles.size() + " fixture articles indexed", () -> {
            JsonNode count = es.getOrNull("/" + alias + "/_count");
            return count != null && count.path("count").asInt() == articles.size();
        });
        es.post("/" + alias + "/_refresh", null);
        return corpus;
    }

    private void publish(FixtureArticle a) {
        Map<String, Object> props = new HashMap<>();
        props.put("id", a.id());
        props.put("url", a.url());
        props.put("title", a.title());
        props.put("body", a.bodyHtml());
        props.put("published", a.published());
        props.put("modified", a.published());
        props.put("section", a.section());
        props.put("authors", a.authors().toArray(String[]::new));
        props.put("tags", new String[0]);
        props.put("language", a.language());
        lede.felix().send("io/lede/article/PUBLISH", props);
    }

    public List<FixtureArticle> articles() {
        return articles;
    }

    public String alias() {
        return alias;
    }

    public String elasticsearchUrl() {
        return elasticsearchUrl;
    }

    public EsHttp elasticsearch() {
        return es;
    }

    public LedeInFelix lede() {
        return lede;
    }

    /** Anonymous HTTP: search, related and the page are public in the corpus's configuration. */
    public HttpClientJson http() {
        return HttpClientJson.anonymous(lede.httpBaseUrl());
    }

    @Override
    public void close() throws Exception {
        lede.close();
    }
}
