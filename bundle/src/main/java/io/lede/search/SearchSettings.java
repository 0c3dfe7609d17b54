package io.lede.search;

import java.time.Duration;
import java.util.List;

/**
 * Limits and languages of the read side.
 *
 * @param alias          the alias searched
 * @param languages      the site languages that have analysed sub-fields, in preference order
 * @param maxPageSize    largest {@code size} of a search page
 * @param maxQueryLength longest query text in characters
 * @param timeout        Elasticsearch-side query timeout; a timed-out search is reported as unavailable
 */
public record SearchSettings(String alias, List<String> languages, int maxPageSize, int maxQueryLength,
                             Duration timeout) {
    public static final int DEFAULT_MAX_PAGE_SIZE = 50;
    public static final int DEFAULT_MAX_QUERY_LENGTH = 500;
    public static final int DEFAULT_TIMEOUT_MILLIS = 2000;

    public SearchSettings {
        languages = List.copyOf(languages);
        if (maxPageSize < 1 || maxQueryLength < 1 || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("page size, query length and timeout must be positive");
        }
    }

    /** The {@code timeout} parameter of a search request, e.g. {@code 2000ms}. */
    String timeoutParameter() {
        return timeout.toMillis() + "ms";
    }
}
