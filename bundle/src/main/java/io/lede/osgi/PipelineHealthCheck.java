package io.lede.osgi;

import io.lede.pipeline.HealthVerdict;
import org.apache.felix.hc.api.FormattingResultLog;
import org.apache.felix.hc.api.HealthCheck;
import org.apache.felix.hc.api.Result;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The pipeline as a Felix health check ({@code Lede pipeline}, tag {@code lede}) for AEM, Sling and any host
 * running Felix Health Checks. The API is imported optionally: without it this component is never used.
 */
@Component(service = HealthCheck.class, property = {
        HealthCheck.NAME + "=Lede pipeline",
        HealthCheck.TAGS + "=lede",
        HealthCheck.MBEAN_NAME + "=ledePipeline"})
public class PipelineHealthCheck implements HealthCheck {
    private final PipelineComponent pipeline;

    @Activate
    public PipelineHealthCheck(@Reference PipelineComponent pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public Result execute() {
        return toResult(HealthVerdict.of(pipeline.runtime().view()));
    }

    static Result toResult(HealthVerdict verdict) {
        FormattingResultLog log = new FormattingResultLog();
        for (String reason : verdict.reasons()) {
            switch (verdict.level()) {
                case OK -> log.info(reason);
                case WARN -> log.warn(reason);
                case CRITICAL -> log.critical(reason);
            }
        }
        return new Result(log);
    }
}
