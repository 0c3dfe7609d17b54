package io.lede.osgi;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lede.backfill.BackfillCheckpoint;
import io.lede.backfill.BackfillFailures;
import io.lede.backfill.BackfillJob;
import io.lede.backfill.BackfillSettings;
import io.lede.backfill.BackfillSource;
import io.lede.backfill.BackfillStatus;
import io.lede.backfill.FolderSource;
import io.lede.backfill.JsonLinesSource;
import io.lede.backfill.LivePublishGate;
import io.lede.backfill.PathListSource;
import io.lede.pipeline.PipelineRuntime;
import io.lede.pipeline.PipelineServices;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A backfill inside the bundle, one per factory configuration of {@value #PID}: it starts when the pipeline runs,
 * resumes from its checkpoint in the bundle's data area after a restart, and runs below the live publishes (its
 * own small pool of low-priority threads, holding back while publishes wait). Its progress shows in the
 * pipeline's JMX status. Deleting the configuration stops it after writing what is in flight.
 */
@Component(service = BackfillComponent.class, configurationPid = BackfillComponent.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE, immediate = true)
@Designate(ocd = BackfillComponent.Config.class, factory = true)
public class BackfillComponent {
    public static final String PID = "io.lede.backfill";
    private static final Logger LOG = LoggerFactory.getLogger(BackfillComponent.class);

    @ObjectClassDefinition(name = "Lede backfill", description = "Indexes an archive: a folder of files, a JSON Lines "
            + "export or a list of CMS paths fetched from the publish tier")
    public @interface Config {
        @AttributeDefinition(name = "Name", description = "Names the job in the status and its checkpoint folder")
        String name() default "archive";

        @AttributeDefinition(name = "Folder", description = "HTML, PDF, DOCX, ODT and text files, read recursively")
        String source_dir() default "";

        @AttributeDefinition(name = "JSON Lines export", description = "One article a line, fields of the neutral publish event")
        String source_jsonl() default "";

        @AttributeDefinition(name = "CMS paths file", description = "One content path a line, fetched from the publish tier")
        String source_paths() default "";

        @AttributeDefinition(name = "Threads", description = "Enrichment threads of the backfill (low priority)")
        int threads() default 1;

        @AttributeDefinition(name = "Bulk size", description = "Most articles per bulk request")
        int bulk_count() default 200;

        @AttributeDefinition(name = "Bulk bytes (KB)", description = "Most kilobytes of documents per bulk request")
        int bulk_kilobytes() default 5120;

        @AttributeDefinition(name = "Resume", description = "Continue from the checkpoint (false: start again)")
        boolean resume() default true;
    }

    @Reference
    private PipelineComponent pipeline;

    private final ObjectMapper mapper = new ObjectMapper();
    private volatile boolean deactivated;
    private volatile BackfillJob job;
    private String name;
    private Thread runner;
    private ExecutorService pool;

    @Activate
    void activate(Config config, BundleContext context) {
        name = config.name().replaceAll("[^A-Za-z0-9._-]", "_");
        Path state = context.getDataFile("backfill/" + name).toPath();
        int threads = Math.max(1, config.threads());
        AtomicInteger n = new AtomicInteger();
        pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "lede-backfill-" + name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            t.setContextClassLoader(BackfillComponent.class.getClassLoader());
            return t;
        });
        BackfillSettings settings = new BackfillSettings(threads, Math.max(1, config.bulk_count()),
                Math.max(1, config.bulk_kilobytes()) * 1024L, 8, Duration.ofSeconds(1), Duration.ofMillis(500));
        runner = new Thread(() -> run(config, state, settings), "lede-backfill-" + name);
        runner.setDaemon(true);
        runner.setPriority(Thread.MIN_PRIORITY);
        runner.setContextClassLoader(BackfillComponent.class.getClassLoader());
        runner.start();
    }

    private void run(Config config, Path state, BackfillSettings settings) {
        PipelineRuntime runtime = pipeline.runtime();
        runtime.showBackfill(name, () -> "waiting for the pipeline");
        PipelineServices services;
        while ((services = runtime.services()) == null) {
            if (deactivated) {
                return;
            }
            try {
                TimeUnit.MILLISECONDS.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
        }
        try {
            BackfillSource source = source(config, services);
            Path checkpointFile = state.resolve("checkpoint.json");
            BackfillCheckpoint checkpoint = config.resume()
                    ? BackfillCheckpoint.resume(checkpointFile, source.description(), mapper)
                    : BackfillCheckpoint.fresh(checkpointFile, source.description(), mapper);
            try (BackfillFailures failures = new BackfillFailures(state.resolve("failures.jsonl"), mapper,
                    config.resume())) {
                BackfillJob j = new BackfillJob(source, services.enricher(), services.documents(),
                        services.indexer()::write, checkpoint, failures, settings, pool,
                        new LivePublishGate(runtime::livePublishesPending, Duration.ofMillis(20)), mapper);
                job = j;
                runtime.showBackfill(name, () -> line(j.status()));
                if (deactivated) {
                    j.stop();
                }
                j.run();
            }
        } catch (IOException | IllegalArgumentException e) {
            LOG.error("Backfill {} cannot run: {}", name, e.getMessage());
            runtime.showBackfill(name, () -> "failed: " + e.getMessage());
        }
    }

    private static String line(BackfillStatus s) {
        return s.state() + " " + s.line();
    }

    private BackfillSource source(Config c, PipelineServices services) {
        int given = (c.source_dir().isBlank() ? 0 : 1) + (c.source_jsonl().isBlank() ? 0 : 1)
                + (c.source_paths().isBlank() ? 0 : 1);
        if (given != 1) {
            throw new IllegalArgumentException("configure exactly one of source.dir, source.jsonl, source.paths");
        }
        if (!c.source_dir().isBlank()) {
            return new FolderSource(Path.of(c.source_dir()), services.tika());
        }
        if (!c.source_jsonl().isBlank()) {
            return new JsonLinesSource(Path.of(c.source_jsonl()), services.tika(), mapper);
        }
        return new PathListSource(Path.of(c.source_paths()), services.pages());
    }

    /** The job's progress, null until it started. */
    public BackfillStatus status() {
        BackfillJob j = job;
        return j == null ? null : j.status();
    }

    public String name() {
        return name;
    }

    @Deactivate
    void deactivate() {
        deactivated = true;
        BackfillJob j = job;
        if (j != null) {
            j.stop();
        }
        try {
            runner.join(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pool.shutdownNow();
        PipelineRuntime runtime = pipeline.runtime();
        if (runtime != null) {
            runtime.hideBackfill(name);
        }
    }
}
