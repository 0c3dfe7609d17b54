package io.lede.stages;

/** Receives how long one stage took for one article (or, for {@link Stage#INDEX}, one bulk request). */
@FunctionalInterface
public interface StageRecorder {
    StageRecorder NONE = (stage, nanos) -> { };

    void record(Stage stage, long nanos);

    /** Times {@code step} and records it under {@code stage}, also when it throws. */
    default <T, E extends Exception> T time(Stage stage, TimedStep<T, E> step) throws E {
        long t0 = System.nanoTime();
        try {
            return step.run();
        } finally {
            record(stage, System.nanoTime() - t0);
        }
    }

    /** A step that may throw one checked exception type. */
    @FunctionalInterface
    interface TimedStep<T, E extends Exception> {
        T run() throws E;
    }
}
