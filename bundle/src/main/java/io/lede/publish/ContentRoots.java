package io.lede.publish;

import java.util.List;

/** The content paths Lede indexes; pages outside them are ignored. No roots means everything. */
public final class ContentRoots {
    private final List<String> roots;

    public ContentRoots(List<String> roots) {
        this.roots = roots.stream().map(String::strip).filter(r -> !r.isEmpty())
                .map(r -> r.endsWith("/") && r.length() > 1 ? r.substring(0, r.length() - 1) : r).toList();
    }

    public boolean contains(String path) {
        if (roots.isEmpty()) {
            return true;
        }
        for (String root : roots) {
            if (root.equals("/") || path.equals(root) || path.startsWith(root + "/")) {
                return true;
            }
        }
        return false;
    }

    public List<String> roots() {
        return roots;
    }
}
