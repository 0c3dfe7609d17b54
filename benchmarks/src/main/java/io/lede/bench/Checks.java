package io.lede.bench;

/** Sanity checks run once in each benchmark's set-up, so that a broken pipeline is not timed. */
final class Checks {
    private Checks() {
    }

    static void expect(Object expected, Object actual, String what) {
        if (!expected.equals(actual)) {
            throw new IllegalStateException(what + ": expected " + expected + " but got " + actual);
        }
    }
}
