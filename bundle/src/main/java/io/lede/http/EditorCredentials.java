package io.lede.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The editor's HTTP Basic credentials. Only digests are kept and compared, in constant time; {@link #toString()}
 * never shows the password.
 */
public final class EditorCredentials {
    private static final String BASIC = "basic ";

    private final byte[] expected;
    private final String username;

    private EditorCredentials(String username, byte[] expected) {
        this.username = username;
        this.expected = expected;
    }

    /** No editor configured: nobody is an editor. */
    public static EditorCredentials none() {
        return new EditorCredentials("", null);
    }

    /** @return credentials, or {@link #none()} when the user or the password is empty */
    public static EditorCredentials of(String username, String password) {
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            return none();
        }
        return new EditorCredentials(username, digest(username + ":" + password));
    }

    public boolean configured() {
        return expected != null;
    }

    /** @param authorization the request's {@code Authorization} header, or null */
    public boolean accept(String authorization) {
        if (expected == null || authorization == null || authorization.length() <= BASIC.length()
                || !authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return false;
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(authorization.substring(BASIC.length()).trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(expected, digest(new String(decoded, StandardCharsets.UTF_8)));
    }

    private static byte[] digest(String userAndPassword) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(userAndPassword.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JRE lacks SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return configured() ? "editor '" + username + "' (password hidden)" : "no editor";
    }
}
