package io.lede.http;

import java.util.Locale;

/** Who may call a group of Lede's HTTP endpoints. */
public enum Access {
    /** Nobody: the endpoints answer 404 as if they did not exist. */
    OFF,
    /** Anyone, without credentials (site search for readers). */
    PUBLIC,
    /** Only requests carrying an editor's credentials. */
    EDITOR;

    /** Reads a configuration value ({@code off}, {@code public}, {@code editor}; case-insensitive). */
    public static Access parse(String value, String setting) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(setting + " must be off, public or editor, not '" + value + "'", e);
        }
    }
}
