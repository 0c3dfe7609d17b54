package io.lede.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {
    private static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void groupsFollowThePathInsideTheContext() {
        assertEquals(EndpointGroup.SEARCH, EndpointGroup.of("/api/search"));
        assertEquals(EndpointGroup.SEARCH, EndpointGroup.of("/api/entities"));
        assertEquals(EndpointGroup.RELATED, EndpointGroup.of("/api/related"));
        assertEquals(EndpointGroup.ADMIN, EndpointGroup.of("/api/status"));
        assertEquals(EndpointGroup.ADMIN, EndpointGroup.of("/api/dead-letters/12"));
        assertEquals(EndpointGroup.ADMIN, EndpointGroup.of("/api/searchish"));
        assertEquals(EndpointGroup.PAGE, EndpointGroup.of("/"));
        assertEquals(EndpointGroup.PAGE, EndpointGroup.of(""));
        assertEquals(EndpointGroup.PAGE, EndpointGroup.of("/lede.js"));
    }

    @Test
    void everythingIsEditorOnlyByDefaultAndNobodyIsAnEditorUntilConfigured() {
        AccessPolicy policy = new AccessPolicy(Map.of(), EditorCredentials.none());
        for (String path : new String[] {"/", "/api/search", "/api/related", "/api/status"}) {
            assertEquals(AccessPolicy.Decision.UNAUTHORIZED, policy.decide(path, null), path);
            assertEquals(AccessPolicy.Decision.UNAUTHORIZED, policy.decide(path, basic(":")), path);
        }
        assertFalse(policy.editorConfigured());
    }

    @Test
    void publicSearchWithEditorOnlyRelatedCoverage() {
        AccessPolicy policy = new AccessPolicy(Map.of(EndpointGroup.SEARCH, Access.PUBLIC,
                EndpointGroup.ADMIN, Access.OFF), EditorCredentials.of("editor", "s3cret pass"));
        assertEquals(AccessPolicy.Decision.ALLOW, policy.decide("/api/search", null));
        assertEquals(AccessPolicy.Decision.UNAUTHORIZED, policy.decide("/api/related", null));
        assertEquals(AccessPolicy.Decision.UNAUTHORIZED, policy.decide("/api/related", basic("editor:wrong")));
        assertEquals(AccessPolicy.Decision.UNAUTHORIZED, policy.decide("/api/related", basic("other:s3cret pass")));
        assertEquals(AccessPolicy.Decision.ALLOW, policy.decide("/api/related", basic("editor:s3cret pass")));
        assertEquals(AccessPolicy.Decision.NOT_FOUND, policy.decide("/api/status", basic("editor:s3cret pass")));
        assertTrue(policy.allows(EndpointGroup.SEARCH, null));
        assertFalse(policy.allows(EndpointGroup.RELATED, null));
    }

    @Test
    void malformedAuthorizationHeadersAreRefused() {
        EditorCredentials editor = EditorCredentials.of("editor", "pw");
        assertFalse(editor.accept("Basic"));
        assertFalse(editor.accept("Basic !!!not-base64"));
        assertFalse(editor.accept("Bearer " + Base64.getEncoder().encodeToString("editor:pw".getBytes())));
        assertTrue(editor.accept("basic " + Base64.getEncoder().encodeToString("editor:pw".getBytes())));
    }

    @Test
    void thePasswordNeverShowsInDescriptions() {
        AccessPolicy policy = new AccessPolicy(Map.of(), EditorCredentials.of("editor", "hunter2-secret"));
        assertFalse(policy.toString().contains("hunter2-secret"));
        assertTrue(policy.toString().contains("editor"));
    }

    @Test
    void unknownAccessValuesAreNamed() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Access.parse("everyone", "access.search"));
        assertTrue(e.getMessage().contains("access.search"));
        assertEquals(Access.PUBLIC, Access.parse(" Public ", "access.search"));
    }
}
