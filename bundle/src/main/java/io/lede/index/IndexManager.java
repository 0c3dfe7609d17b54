package io.lede.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the index template, and the first versioned index behind the alias, when they are missing. */
public final class IndexManager {
    private static final Logger LOG = LoggerFactory.getLogger(IndexManager.class);

    private final ElasticsearchConnection connection;
    private final IndexLayout layout;
    private final ObjectMapper mapper;

    public IndexManager(ElasticsearchConnection connection, IndexLayout layout, ObjectMapper mapper) {
        this.connection = connection;
        this.layout = layout;
        this.mapper = mapper;
    }

    public IndexLayout layout() {
        return layout;
    }

    /** Puts the template (always: it is idempotent and carries mapping changes) and creates the index if absent. */
    public void ensureIndex() throws Exception {
        ElasticsearchClient client = connection.client();
        String template = mapper.writeValueAsString(layout.templateBody(mapper));
        BundleClassLoader.call(() -> client.indices().putIndexTemplate(
                r -> r.name(layout.templateName()).withJson(new StringReader(template))));
        boolean aliasExists = BundleClassLoader.call(
                () -> client.indices().existsAlias(r -> r.name(layout.alias())).value());
        if (aliasExists) {
            return;
        }
        String index = layout.versionedIndex(1);
        try {
            BundleClassLoader.call(() -> client.indices().create(
                    c -> c.index(index).aliases(layout.alias(), a -> a.isWriteIndex(true))));
            LOG.info("Created index {} behind alias {}", index, layout.alias());
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
    }
}
