package io.lede.index;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One write to the article index, versioned so that an older action never overwrites a newer one. */
public sealed interface IndexAction {
    String id();

    long version();

    /** Index (create or replace) the document. */
    record Upsert(String id, long version, ObjectNode document) implements IndexAction {
    }

    /** Remove the document (unpublish). */
    record Delete(String id, long version) implements IndexAction {
    }
}
