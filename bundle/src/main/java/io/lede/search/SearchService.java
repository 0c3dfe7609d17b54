package io.lede.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lede.topics.MediaTopicVocabulary;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Faceted full-text search over the article index; answers in the JSON shape of {@code /lede/api/search}. */
public final class SearchService {
    static final int SNIPPET_CHARS = 180;
    private static final Duration ENTITY_LABELS_TTL = Duration.ofMinutes(10);
    private static final int ENTITY_LABELS_KEPT = 20_000;

    private final ElasticsearchClient client;
    private final SearchSettings settings;
    private final ObjectMapper mapper;
    private final ArticleQueries queries;
    private final SearchFacets facets;
    private final Labels labels;

    public SearchService(ElasticsearchClient client, SearchSettings settings, MediaTopicVocabulary topics,
                         ObjectMapper mapper) {
        this.client = client;
        this.settings = settings;
        this.mapper = mapper;
        this.queries = new ArticleQueries(settings.languages());
        this.labels = new Labels(topics);
        this.facets = new SearchFacets(mapper, labels, new EntityLabelCache(new IndexedEntities(client, settings),
                ENTITY_LABELS_TTL, ENTITY_LABELS_KEPT, System::nanoTime));
    }

    public ObjectNode search(SearchQuery q) throws SearchUnavailableException {
        SearchRequest request = request(q);
        SearchResponse<JsonNode> response = ElasticsearchCalls.call("search",
                () -> client.search(request, JsonNode.class));
        if (Boolean.TRUE.equals(response.timedOut())) {
            throw new SearchUnavailableException("search timed out after " + settings.timeoutParameter(), null);
        }
        ObjectNode out = mapper.createObjectNode();
        out.put("total", response.hits().total() == null ? 0 : response.hits().total().value());
        out.put("page", q.page());
        out.put("size", q.size());
        out.put("took", response.took());
        ArrayNode results = out.putArray("results");
        for (Hit<JsonNode> hit : response.hits().hits()) {
            results.add(result(hit, q.ui()));
        }
        out.set("facets", facets.read(response.aggregations(), q.ui()));
        return out;
    }

    SearchRequest request(SearchQuery q) {
        return SearchRequest.of(s -> s.index(settings.alias())
                .query(queries.query(q))
                .from((q.page() - 1) * q.size())
                .size(q.size())
                .trackTotalHits(t -> t.enabled(true))
                .timeout(settings.timeoutParameter())
                .sort(sort(q.sort()))
                .source(src -> src.filter(f -> f.excludes("body", "description", "topics.evidence")))
                .highlight(highlight(q))
                .aggregations(facets.aggregations()));
    }

    private static List<SortOptions> sort(SearchQuery.Sort sort) {
        List<SortOptions> options = new ArrayList<>();
        SortOptions byDate = SortOptions.of(o -> o.field(f -> f.field("published").order(SortOrder.Desc)));
        SortOptions byScore = SortOptions.of(o -> o.score(sc -> sc.order(SortOrder.Desc)));
        options.add(sort == SearchQuery.Sort.DATE ? byDate : byScore);
        options.add(sort == SearchQuery.Sort.DATE ? byScore : byDate);
        options.add(SortOptions.of(o -> o.field(f -> f.field("id").order(SortOrder.Asc))));
        return options;
    }

    /**
     * Title and body of the languages the text is searched in: every site language, or only those of the
     * language filter, and the standard-analysed fields (other languages; the snippet's no-match lead). Without
     * text only the lead of the body is wanted.
     */
    private Highlight highlight(SearchQuery q) {
        Highlight.Builder h = new Highlight.Builder().encoder(HighlighterEncoder.Html)
                .preTags("<mark>").postTags("</mark>");
        List<Map<String, HighlightField>> fields = new ArrayList<>();
        if (q.text().isEmpty()) {
            h.fields("body", HighlightField.of(f -> f.fragmentSize(SNIPPET_CHARS).numberOfFragments(1)
                    .noMatchSize(SNIPPET_CHARS)));
            return h.build();
        }
        for (String suffix : highlightedSuffixes(q.languages())) {
            String title = "title" + suffix;
            String body = "body" + suffix;
            Query titleTerms = suffix.isEmpty() ? queries.otherLanguagesText(q.text()) : termsOf(title, q.text());
            Query bodyTerms = suffix.isEmpty() ? queries.otherLanguagesText(q.text()) : termsOf(body, q.text());
            fields.add(Map.of(title, HighlightField.of(f -> f.numberOfFragments(0).highlightQuery(titleTerms))));
            int noMatch = suffix.isEmpty() ? SNIPPET_CHARS : 0;
            fields.add(Map.of(body, HighlightField.of(f -> f.fragmentSize(SNIPPET_CHARS)
                    .numberOfFragments(1).noMatchSize(noMatch).highlightQuery(bodyTerms))));
        }
        fields.forEach(h::fields);
        return h.build();
    }

    /**
     * The words of the text as a language sub-field analyses them: the terms the search query holds for that
     * field, without the highlighter walking the whole multi-language query for every field of every hit (that
     * walk was most of the cost of a search with text). Only the sub-field of a hit's own language is read, so
     * the query's language filter is not needed here; the standard fields keep theirs (see
     * {@link ArticleQueries#otherLanguagesText}), so they mark words only in articles of other languages.
     */
    private static Query termsOf(String field, String text) {
        return Query.of(m -> m.match(t -> t.field(field).query(text)));
    }

    private List<String> highlightedSuffixes(List<String> languageFilter) {
        List<String> suffixes = new ArrayList<>();
        settings.languages().stream().filter(l -> languageFilter.isEmpty() || languageFilter.contains(l))
                .forEach(l -> suffixes.add("." + l));
        suffixes.add("");
        return suffixes;
    }

    private ObjectNode result(Hit<JsonNode> hit, String ui) {
        JsonNode src = hit.source();
        String language = src.path("language").asText();
        ObjectNode r = mapper.createObjectNode();
        r.put("id", src.path("id").asText());
        r.put("url", src.path("url").asText(null));
        r.put("title", src.path("title").asText());
        r.put("language", language);
        r.put("published", src.path("published").asText(null));
        r.put("section", src.path("section").asText(null));
        r.set("authors", src.path("authors").isArray() ? src.path("authors") : mapper.createArrayNode());
        Map<String, List<String>> hl = hit.highlight();
        String snippet = firstHighlight(hl, "body", language);
        r.put("snippet", snippet != null ? snippet : HtmlText.escape(HtmlText.lead(leadText(src), SNIPPET_CHARS)));
        r.put("titleHighlight", firstHighlight(hl, "title", language));
        ArrayNode topics = r.putArray("topics");
        for (JsonNode t : src.path("topics")) {
            topics.addObject().put("code", t.path("code").asText()).put("label", labels.topic(
                    t.path("code").asText(), ui));
        }
        ArrayNode entities = r.putArray("entities");
        for (JsonNode e : src.path("entities")) {
            entities.addObject().put("id", e.path("id").asText()).put("type", e.path("type").asText())
                    .put("label", Labels.entity(e, ui));
        }
        return r;
    }

    /** Only when the body is empty: the body itself is not fetched, its lead comes as a no-match highlight. */
    private static String leadText(JsonNode src) {
        return src.path("title").asText("");
    }

    private String firstHighlight(Map<String, List<String>> hl, String field, String language) {
        // a sub-field of another language may mark words of this article too; only its own language counts
        for (String name : List.of(field + "." + language, field)) {
            List<String> fragments = hl.get(name);
            if (fragments != null && !fragments.isEmpty()) {
                return fragments.get(0);
            }
        }
        return null;
    }
}
