package io.lede.osgi;

import io.lede.backfill.BackfillSpec;
import io.lede.backfill.BundleBackfill;
import java.nio.file.Path;
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
 * A backfill inside the bundle, one per factory configuration of {@value #PID} ({@link BundleBackfill}): it starts
 * when the pipeline runs, resumes from its checkpoint in the bundle's data area after a restart, and runs below the
 * live publishes. Deleting the configuration stops it after writing what is in flight.
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

        @AttributeDefinition(name = "Most articles a second", description = "Reads at most this many inputs a "
                + "second, so an archive load leaves the cluster to the live site (0: no limit)")
        double max_per_second() default 0;

        @AttributeDefinition(name = "Resume", description = "Continue from the checkpoint (false: start again)")
        boolean resume() default true;
    }

    @Reference
    private PipelineComponent pipeline;

    private BundleBackfill backfill;
    private String name;

    @Activate
    void activate(Config config, BundleContext context) {
        name = config.name().replaceAll("[^A-Za-z0-9._-]", "_");
        BackfillSpec spec;
        try {
            spec = spec(config, name);
        } catch (IllegalArgumentException e) {
            LOG.error("Backfill configuration {} is not usable: {}", name, e.getMessage());
            pipeline.runtime().showBackfill(name, () -> "not started: " + e.getMessage());
            return;
        }
        backfill = new BundleBackfill(spec, pipeline.runtime(), context.getDataFile("backfill/" + name).toPath());
        backfill.start();
    }

    static BackfillSpec spec(Config c, String name) {
        int given = (c.source_dir().isBlank() ? 0 : 1) + (c.source_jsonl().isBlank() ? 0 : 1)
                + (c.source_paths().isBlank() ? 0 : 1);
        if (given != 1) {
            throw new IllegalArgumentException("configure exactly one of source.dir, source.jsonl, source.paths");
        }
        BackfillSpec.Kind kind = !c.source_dir().isBlank() ? BackfillSpec.Kind.DIR
                : !c.source_jsonl().isBlank() ? BackfillSpec.Kind.JSONL : BackfillSpec.Kind.PATHS;
        String location = !c.source_dir().isBlank() ? c.source_dir()
                : !c.source_jsonl().isBlank() ? c.source_jsonl() : c.source_paths();
        return new BackfillSpec(name, kind, Path.of(location), Math.max(1, c.threads()), Math.max(1, c.bulk_count()),
                Math.max(1, c.bulk_kilobytes()) * 1024L, c.resume(),
                Math.max(0, c.max_per_second()));
    }

    /** The running (or finished) job; null when the configuration is not usable. */
    public BundleBackfill backfill() {
        return backfill;
    }

    @Deactivate
    void deactivate() {
        if (backfill != null) {
            backfill.close();
        } else {
            pipeline.runtime().hideBackfill(name);
        }
    }
}
