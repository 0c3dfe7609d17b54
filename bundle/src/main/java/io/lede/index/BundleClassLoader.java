package io.lede.index;

import java.util.concurrent.Callable;

/**
 * Runs library calls with this bundle's class loader as the thread context class loader, so that libraries
 * using {@code ServiceLoader} or JSON-P provider lookup find their embedded implementations inside OSGi.
 */
public final class BundleClassLoader {
    private BundleClassLoader() {
    }

    public static <T> T call(Callable<T> work) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(BundleClassLoader.class.getClassLoader());
        try {
            return work.call();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
