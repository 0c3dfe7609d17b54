package io.lede.publish;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;

/** Typed, forgiving reads of event properties, with clear errors for what cannot be read. */
final class EventProperties {
    private final String topic;
    private final Map<String, ?> props;

    EventProperties(String topic, Map<String, ?> props) {
        this.topic = topic;
        this.props = props;
    }

    boolean has(String name) {
        return props.get(name) != null;
    }

    String string(String name) throws InvalidEventException {
        Object v = props.get(name);
        if (v == null) {
            return "";
        }
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof Enum<?> || v instanceof Number || v instanceof Boolean) {
            return String.valueOf(v);
        }
        throw wrongType(name, v, "a string");
    }

    String requiredString(String name) throws InvalidEventException {
        String s = string(name).strip();
        if (s.isEmpty()) {
            throw new InvalidEventException("event " + topic + " has no '" + name + "' property");
        }
        return s;
    }

    /** A String[], a collection of strings or a single string. */
    List<String> strings(String name) throws InvalidEventException {
        Object v = props.get(name);
        List<String> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (v instanceof String s) {
            out.add(s);
        } else if (v instanceof String[] arr) {
            out.addAll(List.of(arr));
        } else if (v instanceof Collection<?> c) {
            for (Object o : c) {
                if (!(o instanceof String s)) {
                    throw wrongType(name, v, "a list of strings");
                }
                out.add(s);
            }
        } else {
            throw wrongType(name, v, "a list of strings");
        }
        out.removeIf(s -> s == null || s.isBlank());
        return out;
    }

    /** A Date, Calendar, Instant, epoch millis or ISO-8601 string; null when absent. */
    Instant instant(String name) throws InvalidEventException {
        Object v = props.get(name);
        if (v == null) {
            return null;
        }
        if (v instanceof Date d) {
            return d.toInstant();
        }
        if (v instanceof Calendar c) {
            return c.toInstant();
        }
        if (v instanceof Instant i) {
            return i;
        }
        if (v instanceof Number n) {
            return Instant.ofEpochMilli(n.longValue());
        }
        if (v instanceof String s && !s.isBlank()) {
            try {
                return OffsetDateTime.parse(s.strip()).toInstant();
            } catch (DateTimeParseException e) {
                try {
                    return Instant.parse(s.strip());
                } catch (DateTimeParseException e2) {
                    throw new InvalidEventException("event " + topic + " property '" + name
                            + "' is not an ISO-8601 time: " + s);
                }
            }
        }
        throw wrongType(name, v, "a time");
    }

    private InvalidEventException wrongType(String name, Object v, String expected) {
        return new InvalidEventException("event " + topic + " property '" + name + "' should be " + expected
                + " but is a " + v.getClass().getSimpleName());
    }
}
