package io.lede.search;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.lede.index.BundleClassLoader;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.concurrent.Callable;

/** Runs a read request with the bundle's context class loader and sorts its failures for the HTTP layer. */
final class ElasticsearchCalls {
    private ElasticsearchCalls() {
    }

    private static boolean timedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    static <T> T call(String what, Callable<T> request) throws SearchUnavailableException {
        try {
            return BundleClassLoader.call(request);
        } catch (IOException e) {
            if (timedOut(e)) {
                throw new SearchUnavailableException(what + ": Elasticsearch did not answer in time", e);
            }
            throw new SearchUnavailableException(what + ": Elasticsearch is unreachable (" + e.getMessage() + ")", e);
        } catch (ElasticsearchException e) {
            if (e.status() >= 500 || e.status() == 429 || e.status() == 404) {
                throw new SearchUnavailableException(what + ": Elasticsearch answered " + e.status() + " ("
                        + e.error().type() + ")", e);
            }
            throw e;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(what + " failed: " + e.getMessage(), e);
        }
    }
}
