package io.lede.osgi;

import io.lede.enrich.EnrichmentFactory.EnrichmentSettings;
import io.lede.index.ElasticsearchSettings;
import io.lede.index.ReindexMode;
import io.lede.index.ReindexOptions;
import io.lede.parse.ParseLimits;
import io.lede.pipeline.PipelineRuntime;
import io.lede.pipeline.PipelineSettings;
import io.lede.publish.Publisher;
import io.lede.queue.PublishIntent;
import io.lede.queue.QueueFullException;
import io.lede.topics.TopicSettings;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.Hashtable;
import java.util.Map;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.StandardMBean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The publish pipeline as an OSGi service: maps its configuration onto {@link PipelineRuntime}. */
@Component(service = {Publisher.class, PipelineComponent.class}, configurationPid = PipelineComponent.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL, immediate = true)
@Designate(ocd = PipelineComponent.Config.class)
public class PipelineComponent implements Publisher {
    public static final String PID = "io.lede.pipeline";

    @ObjectClassDefinition(name = "Lede publish pipeline",
            description = "Enriches published articles and indexes them into Elasticsearch")
    public @interface Config {
        @AttributeDefinition(name = "Elasticsearch nodes", description = "URLs of the cluster's nodes")
        String[] elasticsearch_hosts() default {"http://localhost:9200"};

        @AttributeDefinition(name = "Elasticsearch user", description = "Basic-auth user; empty for none")
        String elasticsearch_username() default "";

        @AttributeDefinition(name = "Elasticsearch password", type = AttributeType.PASSWORD)
        String elasticsearch_password() default "";

        @AttributeDefinition(name = "Elasticsearch API key", type = AttributeType.PASSWORD,
                description = "Encoded API key; wins over user and password")
        String elasticsearch_apiKey() default "";

        @AttributeDefinition(name = "CA certificate", description = "PEM file of the cluster's CA; empty for the JDK's")
        String elasticsearch_caCertificate() default "";

        @AttributeDefinition(name = "Certificate fingerprint", description = "SHA-256 of the CA or server certificate")
        String elasticsearch_fingerprint() default "";

        @AttributeDefinition(name = "Verify host names")
        boolean elasticsearch_verifyHostname() default true;

        @AttributeDefinition(name = "Index alias")
        String index_alias() default "lede-articles";

        @AttributeDefinition(name = "Index replicas")
        int index_replicas() default 1;

        @AttributeDefinition(name = "Publish tier URL", description = "Where published pages are fetched, as readers see them")
        String publish_baseUrl() default "http://localhost:4503";

        @AttributeDefinition(name = "Page suffix", description = "Appended to content paths when fetching")
        String publish_pageSuffix() default ".html";

        @AttributeDefinition(name = "Fetch timeout (s)")
        int publish_timeoutSeconds() default 10;

        @AttributeDefinition(name = "Site languages", description = "ISO 639-1 codes")
        String[] languages() default {"fr", "en", "de", "es", "it", "nl", "pt"};

        @AttributeDefinition(name = "Default language", description = "Used when the text gives no usable answer")
        String language_default() default "en";

        @AttributeDefinition(name = "Locale prior", description = "How much the page's own locale multiplies "
                + "its language's probability; 1 ignores it")
        double language_hintWeight() default 3.0;

        @AttributeDefinition(name = "Language confidence floor", description = "Below it the locale or default "
                + "language is used and the document says so; 0 keeps the detector's best guess")
        double language_minConfidence() default 0.0;

        @AttributeDefinition(name = "Newsroom entities file", description = "JSON file of the newsroom's own "
                + "entities (ids, types, labels and aliases per language) and blocked names; empty for none")
        String entities_extensionFile() default "";

        @AttributeDefinition(name = "Topic rules file",
                description = "JSON file of the newsroom's topic rules (sections and tags to IPTC codes, keywords); empty for none")
        String topics_rulesFile() default "";

        @AttributeDefinition(name = "Topic score threshold", description = "Automatic topics below this are dropped")
        double topics_minScore() default TopicSettings.DEFAULT_MIN_SCORE;

        @AttributeDefinition(name = "Most topics per article")
        int topics_maxTopics() default TopicSettings.DEFAULT_MAX_TOPICS;

        @AttributeDefinition(name = "Fallback topic", description = "Given to articles without any topic cue; empty for none")
        String topics_fallbackTopic() default TopicSettings.DEFAULT_FALLBACK_TOPIC;

        @AttributeDefinition(name = "Queue directory", description = "Empty: the bundle's data area")
        String queue_directory() default "";

        @AttributeDefinition(name = "Queue capacity", description = "Maximum waiting publish intents")
        int queue_capacity() default 100000;

        @AttributeDefinition(name = "Bulk size", description = "Articles per bulk request")
        int queue_batchSize() default 100;

        @AttributeDefinition(name = "Attempts before dead letter")
        int queue_maxAttempts() default 3;

        @AttributeDefinition(name = "First retry delay (ms)")
        long queue_retryBaseMillis() default 1000;

        @AttributeDefinition(name = "Longest retry delay (ms)")
        long queue_retryMaxMillis() default 300000;

        @AttributeDefinition(name = "Enrichment threads", description = "0: one per core")
        int enrich_threads() default 0;

        @AttributeDefinition(name = "Largest page or file (bytes)")
        long parse_maxBytes() default 20971520;

        @AttributeDefinition(name = "Most characters kept")
        int parse_maxChars() default 1000000;

        @AttributeDefinition(name = "Deepest element nesting")
        int parse_maxNesting() default 200;

        @AttributeDefinition(name = "Longest parse (s)")
        int parse_maxSeconds() default 30;

        @AttributeDefinition(name = "Reindex grace period (s)",
                description = "How long the old index is kept after a reindex moved the alias")
        long reindex_graceSeconds() default 600;

        @AttributeDefinition(name = "Reindex settle time (s)", description = "Wait between marking the new index "
                + "and copying, so that every writer (also other cluster members) writes to both")
        long reindex_settleSeconds() default 5;
    }

    private static final Logger LOG = LoggerFactory.getLogger(PipelineComponent.class);

    private PipelineRuntime runtime;
    private ObjectName statusName;
    private ObjectName reindexName;
    private ReindexOptions reindexOptions;

    @Activate
    void activate(Config config, BundleContext context) throws IOException {
        Path queueDir = config.queue_directory().isBlank()
                ? context.getDataFile("queue").toPath() : Path.of(config.queue_directory());
        runtime = PipelineRuntime.start(settings(config, queueDir));
        registerStatus();
        reindexOptions = reindexOptions(config);
        reindexName = register("Reindex", new ReindexStatus(runtime, reindexOptions),
                ReindexStatusMBean.class);
    }

    @Deactivate
    void deactivate() {
        unregisterStatus();
        unregister(reindexName);
        runtime.close();
    }

    static ReindexOptions reindexOptions(Config c) {
        return ReindexOptions.defaults(ReindexMode.REENRICH_ALL)
                .withGrace(Duration.ofSeconds(Math.max(0, c.reindex_graceSeconds())))
                .withSettle(Duration.ofSeconds(Math.max(0, c.reindex_settleSeconds())));
    }

    private <T> ObjectName register(String type, T implementation, Class<T> mbeanInterface) {
        try {
            StandardMBean bean = new StandardMBean(implementation, mbeanInterface);
            ObjectName name = new ObjectName("io.lede", new Hashtable<>(Map.of("type", type,
                    "alias", ObjectName.quote(runtime.alias()))));
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            if (server.isRegistered(name)) {
                server.unregisterMBean(name);
            }
            server.registerMBean(bean, name);
            return name;
        } catch (JMException e) {
            LOG.warn("{} status is not available over JMX: {}", type, e.getMessage());
            return null;
        }
    }

    private static void unregister(ObjectName name) {
        if (name == null) {
            return;
        }
        try {
            ManagementFactory.getPlatformMBeanServer().unregisterMBean(name);
        } catch (JMException e) {
            LOG.debug("cannot unregister {}: {}", name, e.getMessage());
        }
    }

    private void registerStatus() {
        try {
            statusName = new ObjectName("io.lede", new Hashtable<>(Map.of("type", "Pipeline",
                    "alias", ObjectName.quote(runtime.alias()))));
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            if (server.isRegistered(statusName)) {
                server.unregisterMBean(statusName);
            }
            server.registerMBean(new StandardMBean(new PipelineStatus(runtime), PipelineStatusMBean.class), statusName);
        } catch (JMException e) {
            LOG.warn("Pipeline status is not available over JMX: {}", e.getMessage());
            statusName = null;
        }
    }

    private void unregisterStatus() {
        if (statusName == null) {
            return;
        }
        try {
            ManagementFactory.getPlatformMBeanServer().unregisterMBean(statusName);
        } catch (JMException e) {
            LOG.debug("cannot unregister {}: {}", statusName, e.getMessage());
        }
    }

    static PipelineSettings settings(Config c, Path queueDir) {
        ElasticsearchSettings es = new ElasticsearchSettings(List.of(c.elasticsearch_hosts()),
                c.elasticsearch_username(), c.elasticsearch_password(), c.elasticsearch_apiKey(),
                c.elasticsearch_caCertificate(), c.elasticsearch_fingerprint(), c.elasticsearch_verifyHostname(),
                5_000, 30_000);
        int threads = c.enrich_threads() > 0 ? c.enrich_threads() : Runtime.getRuntime().availableProcessors();
        EnrichmentSettings enrichment = new EnrichmentSettings(List.of(c.languages()), c.language_default(),
                c.language_hintWeight(), c.language_minConfidence(), new TopicSettings(c.topics_rulesFile(),
                        c.topics_minScore(), c.topics_maxTopics(), c.topics_fallbackTopic()),
                c.entities_extensionFile());
        return new PipelineSettings(es, c.index_alias(), c.index_replicas(), c.publish_baseUrl(),
                c.publish_pageSuffix(), Duration.ofSeconds(c.publish_timeoutSeconds()), queueDir, c.queue_capacity(),
                c.queue_batchSize(), c.queue_maxAttempts(), threads,
                new ParseLimits(c.parse_maxBytes(), c.parse_maxChars(), c.parse_maxNesting(),
                        c.parse_maxSeconds() * 1000L),
                enrichment, Duration.ofMillis(c.queue_retryBaseMillis()), Duration.ofMillis(c.queue_retryMaxMillis()));
    }

    @Override
    public void submit(PublishIntent intent) throws IOException, QueueFullException {
        runtime.submit(intent);
    }

    public PipelineRuntime runtime() {
        return runtime;
    }

    /** The configured reindex options (grace, settle) with the given mode. */
    public ReindexOptions reindexOptions(ReindexMode mode) {
        return new ReindexOptions(mode, reindexOptions.settle(), reindexOptions.grace(), reindexOptions.batchSize(),
                reindexOptions.maxFailures());
    }
}
