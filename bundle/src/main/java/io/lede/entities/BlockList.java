package io.lede.entities;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/** Names a newsroom does not want as entities: written forms (compared normalised) and entity ids. */
public final class BlockList {
    public static final BlockList EMPTY = new BlockList(Set.of(), Set.of());

    private final Set<String> surfaces;
    private final Set<String> ids;

    public BlockList(Collection<String> surfaces, Collection<String> ids) {
        this.surfaces = surfaces.stream().map(NameNormaliser::normalise).collect(Collectors.toUnmodifiableSet());
        this.ids = Set.copyOf(ids);
    }

    public boolean blocksSurface(String surface) {
        return surfaces.contains(NameNormaliser.normalise(surface));
    }

    public boolean blocksId(String id) {
        return ids.contains(id);
    }
}
