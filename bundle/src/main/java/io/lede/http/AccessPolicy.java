package io.lede.http;

import java.util.EnumMap;
import java.util.Map;

/** Decides, before any Lede servlet runs, whether a request may go on. */
public final class AccessPolicy {
    /** What happens to a request. */
    public enum Decision { ALLOW, NOT_FOUND, UNAUTHORIZED }

    private final Map<EndpointGroup, Access> access;
    private final EditorCredentials editor;

    public AccessPolicy(Map<EndpointGroup, Access> access, EditorCredentials editor) {
        this.access = new EnumMap<>(EndpointGroup.class);
        for (EndpointGroup g : EndpointGroup.values()) {
            this.access.put(g, access.getOrDefault(g, Access.EDITOR));
        }
        this.editor = editor;
    }

    /**
     * @param path          the path inside the {@code /lede} context
     * @param authorization the {@code Authorization} header or null
     */
    public Decision decide(String path, String authorization) {
        return switch (access.get(EndpointGroup.of(path))) {
            case OFF -> Decision.NOT_FOUND;
            case PUBLIC -> Decision.ALLOW;
            case EDITOR -> editor.accept(authorization) ? Decision.ALLOW : Decision.UNAUTHORIZED;
        };
    }

    /** Whether a caller with these credentials may use a group (for the page to show or hide features). */
    public boolean allows(EndpointGroup group, String authorization) {
        Access a = access.get(group);
        return a == Access.PUBLIC || (a == Access.EDITOR && editor.accept(authorization));
    }

    public Access access(EndpointGroup group) {
        return access.get(group);
    }

    public boolean editorConfigured() {
        return editor.configured();
    }

    @Override
    public String toString() {
        return "access " + access + ", " + editor;
    }
}
