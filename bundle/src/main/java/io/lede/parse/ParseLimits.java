package io.lede.parse;

/**
 * Bounds for one parse: input bytes, extracted characters, element nesting and wall-clock time.
 */
public record ParseLimits(long maxBytes, int maxChars, int maxNesting, long maxMillis) {
    public static ParseLimits defaults() {
        return new ParseLimits(20L * 1024 * 1024, 1_000_000, 200, 30_000);
    }
}
