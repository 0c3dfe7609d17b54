package io.lede.parse;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Lenient reading of ISO-8601 times from pages, files and payloads: anything unreadable is simply absent. */
public final class IsoTimes {
    private IsoTimes() {
    }

    /** The instant an ISO-8601 date-time with offset (or an instant) denotes; null when absent or unreadable. */
    public static Instant parseOrNull(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(s);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
