package io.lede.http;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Typed reading of a request's query parameters. Every problem is a {@link BadRequestException} naming the
 * parameter and what is allowed, so endpoints answer 400 with a clear message instead of guessing.
 */
public final class QueryParameters {
    private final Map<String, String[]> values;

    /**
     * @param values  the request's parameters ({@code ServletRequest.getParameterMap()})
     * @param allowed every parameter the endpoint knows; any other is refused
     */
    public QueryParameters(Map<String, String[]> values, Set<String> allowed) throws BadRequestException {
        this.values = values;
        for (String name : new TreeSet<>(values.keySet())) {
            if (!allowed.contains(name)) {
                throw new BadRequestException(name, "unknown parameter '" + name + "'; allowed: "
                        + String.join(", ", new TreeSet<>(allowed)));
            }
        }
    }

    /** A parameter given at most once, trimmed; empty when absent or blank. */
    public Optional<String> string(String name, int maxLength) throws BadRequestException {
        String[] v = values.get(name);
        if (v == null || v.length == 0) {
            return Optional.empty();
        }
        if (v.length > 1) {
            throw new BadRequestException(name, "'" + name + "' may be given only once");
        }
        return checked(name, v[0], maxLength);
    }

    /** A parameter that is required. */
    public String required(String name, int maxLength) throws BadRequestException {
        return string(name, maxLength)
                .orElseThrow(() -> new BadRequestException(name, "'" + name + "' is required"));
    }

    /** A repeatable parameter ({@code a=1&a=2}), blanks skipped. */
    public List<String> strings(String name, int maxLength, int maxCount) throws BadRequestException {
        String[] v = values.get(name);
        List<String> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (v.length > maxCount) {
            throw new BadRequestException(name, "'" + name + "' may be given at most " + maxCount + " times");
        }
        for (String s : v) {
            checked(name, s, maxLength).ifPresent(out::add);
        }
        return out;
    }

    /** An integer within [min, max], or the default when absent. */
    public int integer(String name, int defaultValue, int min, int max) throws BadRequestException {
        Optional<String> v = string(name, 12);
        if (v.isEmpty()) {
            return defaultValue;
        }
        int n;
        try {
            n = Integer.parseInt(v.get());
        } catch (NumberFormatException e) {
            throw new BadRequestException(name, "'" + name + "' must be a whole number from " + min + " to " + max
                    + ", not '" + v.get() + "'");
        }
        if (n < min || n > max) {
            throw new BadRequestException(name, "'" + name + "' must be from " + min + " to " + max + ", not " + n);
        }
        return n;
    }

    /** An ISO date ({@code 2026-11-29}). */
    public Optional<LocalDate> date(String name) throws BadRequestException {
        Optional<String> v = string(name, 10);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(v.get()));
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name, "'" + name + "' must be a date like 2026-11-29, not '" + v.get() + "'");
        }
    }

    /** One of a fixed set of values (case-sensitive), or the default when absent. */
    public String oneOf(String name, String defaultValue, Set<String> allowed) throws BadRequestException {
        Optional<String> v = string(name, 64);
        if (v.isEmpty()) {
            return defaultValue;
        }
        return requireIn(name, v.get(), allowed);
    }

    /** A repeatable parameter whose every value must be one of a fixed set. */
    public List<String> allOf(String name, Set<String> allowed, int maxCount) throws BadRequestException {
        List<String> out = new ArrayList<>();
        for (String s : strings(name, 64, maxCount)) {
            out.add(requireIn(name, s, allowed));
        }
        return out;
    }

    private static String requireIn(String name, String value, Set<String> allowed) throws BadRequestException {
        if (!allowed.contains(value)) {
            throw new BadRequestException(name, "'" + name + "' must be one of " + String.join(", ",
                    new TreeSet<>(allowed)) + ", not '" + value + "'");
        }
        return value;
    }

    private static Optional<String> checked(String name, String raw, int maxLength) throws BadRequestException {
        String s = raw == null ? "" : raw.trim();
        if (s.length() > maxLength) {
            throw new BadRequestException(name, "'" + name + "' is longer than " + maxLength + " characters");
        }
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
}
