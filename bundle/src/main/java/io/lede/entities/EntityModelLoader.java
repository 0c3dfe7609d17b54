package io.lede.entities;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** Loads the entity models once, on a background thread, so the bundle starts without waiting for them. */
final class EntityModelLoader {
    private final Supplier<EntityModels> source;
    private CompletableFuture<EntityModels> future;

    EntityModelLoader(Supplier<EntityModels> source) {
        this.source = source;
    }

    synchronized CompletableFuture<EntityModels> start() {
        if (future == null) {
            CompletableFuture<EntityModels> f = new CompletableFuture<>();
            Thread thread = new Thread(() -> {
                try {
                    f.complete(source.get());
                } catch (RuntimeException | Error e) {
                    f.completeExceptionally(e);
                }
            }, "lede-entity-models");
            thread.setDaemon(true);
            thread.start();
            future = f;
        }
        return future;
    }

    synchronized boolean isReady() {
        return future != null && future.isDone() && !future.isCompletedExceptionally();
    }

    /** The models, waiting for them if they are still loading. */
    EntityModels get() {
        return start().join();
    }
}
