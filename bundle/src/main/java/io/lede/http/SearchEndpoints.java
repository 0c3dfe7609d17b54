package io.lede.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.lede.search.ArticleNotFoundException;
import io.lede.search.EntitySuggestions;
import io.lede.search.RelatedCoverage;
import io.lede.search.SearchQuery;
import io.lede.search.SearchService;
import io.lede.search.SearchSettings;
import io.lede.search.SearchUnavailableException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The three read endpoints without the servlet API: request parameters in, status and JSON body out. Bad
 * parameters are 400, an unknown article 404, an unreachable or slow Elasticsearch 503.
 */
public final class SearchEndpoints {
    private static final Logger LOG = LoggerFactory.getLogger(SearchEndpoints.class);

    static final Set<String> SEARCH_PARAMETERS = Set.of("q", "ui", "language", "topic", "entity", "entityType",
            "section", "author", "from", "to", "sort", "page", "size");
    static final Set<String> RELATED_PARAMETERS = Set.of("id", "size", "ui");
    static final Set<String> ENTITY_PARAMETERS = Set.of("prefix", "size", "ui");
    static final Set<String> ENTITY_TYPES = Set.of("person", "organization", "location");
    static final int MAX_PAGE = 100;
    static final int MAX_RELATED = 20;
    static final int MAX_SUGGESTIONS = 20;
    static final int MAX_PREFIX = 100;
    static final int MAX_FILTER_VALUES = 20;
    static final int MAX_VALUE_LENGTH = 200;
    private static final Pattern TOPIC = Pattern.compile("medtop:\\d{8}");

    /** A status and a JSON body. */
    public record Answer(int status, Object body) {
    }

    private final SearchService search;
    private final RelatedCoverage related;
    private final EntitySuggestions entities;
    private final SearchSettings settings;
    private final Set<String> uiLanguages;

    public SearchEndpoints(SearchService search, RelatedCoverage related, EntitySuggestions entities,
                           SearchSettings settings) {
        this.search = search;
        this.related = related;
        this.entities = entities;
        this.settings = settings;
        this.uiLanguages = Set.copyOf(settings.languages());
    }

    public Answer search(Map<String, String[]> parameters) {
        try {
            return ok(search.search(searchQuery(parameters)));
        } catch (BadRequestException e) {
            return badRequest(e);
        } catch (SearchUnavailableException e) {
            return unavailable(e);
        }
    }

    public Answer related(Map<String, String[]> parameters) {
        try {
            QueryParameters p = new QueryParameters(parameters, RELATED_PARAMETERS);
            String id = p.required("id", 512);
            int size = p.integer("size", 5, 1, MAX_RELATED);
            String ui = p.oneOf("ui", "en", uiLanguages);
            return ok(related.related(id, size, ui));
        } catch (BadRequestException e) {
            return badRequest(e);
        } catch (ArticleNotFoundException e) {
            return new Answer(404, JsonResponses.error(e.getMessage(), "id"));
        } catch (SearchUnavailableException e) {
            return unavailable(e);
        }
    }

    public Answer entities(Map<String, String[]> parameters) {
        try {
            QueryParameters p = new QueryParameters(parameters, ENTITY_PARAMETERS);
            String prefix = p.required("prefix", MAX_PREFIX);
            int size = p.integer("size", 10, 1, MAX_SUGGESTIONS);
            String ui = p.oneOf("ui", "en", uiLanguages);
            return ok(entities.suggest(prefix, size, ui));
        } catch (BadRequestException e) {
            return badRequest(e);
        } catch (SearchUnavailableException e) {
            return unavailable(e);
        }
    }

    SearchQuery searchQuery(Map<String, String[]> parameters) throws BadRequestException {
        QueryParameters p = new QueryParameters(parameters, SEARCH_PARAMETERS);
        String text = p.string("q", settings.maxQueryLength()).orElse("");
        String ui = p.oneOf("ui", "en", uiLanguages);
        List<String> languages = p.allOf("language", uiLanguages, MAX_FILTER_VALUES);
        List<String> topics = p.strings("topic", 16, MAX_FILTER_VALUES);
        for (String topic : topics) {
            if (!TOPIC.matcher(topic).matches()) {
                throw new BadRequestException("topic", "'topic' must be an IPTC Media Topic code like "
                        + "medtop:11000000, not '" + topic + "'");
            }
        }
        List<String> entityIds = p.strings("entity", MAX_VALUE_LENGTH, MAX_FILTER_VALUES);
        List<String> types = p.allOf("entityType", ENTITY_TYPES, ENTITY_TYPES.size());
        List<String> sections = p.strings("section", MAX_VALUE_LENGTH, MAX_FILTER_VALUES);
        List<String> authors = p.strings("author", MAX_VALUE_LENGTH, MAX_FILTER_VALUES);
        var from = p.date("from").orElse(null);
        var to = p.date("to").orElse(null);
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadRequestException("to", "'to' (" + to + ") must not be before 'from' (" + from + ")");
        }
        SearchQuery.Sort sort = SearchQuery.Sort.valueOf(p.oneOf("sort", "relevance", Set.of("relevance", "date"))
                .toUpperCase(java.util.Locale.ROOT));
        int page = p.integer("page", 1, 1, MAX_PAGE);
        int size = p.integer("size", 10, 1, settings.maxPageSize());
        return new SearchQuery(text, ui, languages, topics, entityIds, types, sections, authors, from, to, sort,
                page, size);
    }

    private static Answer ok(JsonNode body) {
        return new Answer(200, body);
    }

    private static Answer badRequest(BadRequestException e) {
        return new Answer(400, JsonResponses.error(e.getMessage(), e.parameter()));
    }

    private static Answer unavailable(SearchUnavailableException e) {
        LOG.warn("Search answered 503: {}", e.getMessage());
        return new Answer(503, JsonResponses.error(e.getMessage(), null));
    }
}
