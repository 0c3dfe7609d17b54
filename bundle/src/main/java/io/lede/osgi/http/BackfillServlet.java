package io.lede.osgi.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lede.backfill.BackfillJobs;
import io.lede.backfill.BackfillSpec;
import io.lede.backfill.BundleBackfill;
import io.lede.http.BackfillRequests;
import io.lede.http.BadRequestException;
import io.lede.http.JsonResponses;
import io.lede.http.QueryParameters;
import io.lede.osgi.BackfillComponent;
import io.lede.osgi.PipelineComponent;
import java.io.IOException;
import java.util.List;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;

/**
 * {@code GET /lede/api/backfill}: the progress of every backfill (configured and requested);
 * {@code POST /lede/api/backfill}: starts one ({@code source}, {@code path}, ...) or stops one
 * ({@code action=stop&name=...}). Group admin (see {@link LedeHttpContext}).
 */
@Component(service = Servlet.class, property = {
    HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_SELECT + "=" + LedeHttpContext.SELECT,
    HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/api/backfill"
})
public class BackfillServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient BackfillJobs jobs;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private transient volatile List<BackfillComponent> configured;

    @Activate
    public BackfillServlet(@Reference PipelineComponent pipeline, BundleContext bundle) {
        this.jobs = new BackfillJobs(pipeline.runtime(),
                name -> bundle.getDataFile("backfill/http-" + name).toPath());
    }

    @Deactivate
    void deactivate() {
        jobs.closeAll();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            BackfillRequests.parameters(request.getParameterMap());
        } catch (BadRequestException e) {
            JsonResponses.badRequest(response, e);
            return;
        }
        ObjectNode body = JsonResponses.mapper().createObjectNode();
        ArrayNode list = body.putArray("backfills");
        List<BackfillComponent> fromConfig = configured;
        if (fromConfig != null) {
            for (BackfillComponent c : fromConfig) {
                BundleBackfill job = c.backfill();
                if (job != null) {
                    list.add(BackfillRequests.toJson(JsonResponses.mapper(), job.spec().name(), "configuration", job));
                }
            }
        }
        for (BundleBackfill job : jobs.list()) {
            list.add(BackfillRequests.toJson(JsonResponses.mapper(), job.spec().name(), "request", job));
        }
        JsonResponses.write(response, HttpServletResponse.SC_OK, body);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            QueryParameters q = BackfillRequests.parameters(request.getParameterMap());
            if (BackfillRequests.isStop(q)) {
                String name = BackfillRequests.name(q);
                BundleBackfill job = jobs.stop(name);
                if (job == null) {
                    JsonResponses.error(response, HttpServletResponse.SC_NOT_FOUND, "no backfill named " + name, "name");
                    return;
                }
                JsonResponses.write(response, HttpServletResponse.SC_OK,
                        BackfillRequests.toJson(JsonResponses.mapper(), name, "request", job));
                return;
            }
            BackfillSpec spec = BackfillRequests.spec(q);
            BundleBackfill job = jobs.start(spec);
            if (job == null) {
                JsonResponses.error(response, HttpServletResponse.SC_CONFLICT,
                        "a backfill named " + spec.name() + " is running", "name");
                return;
            }
            JsonResponses.write(response, HttpServletResponse.SC_ACCEPTED,
                    BackfillRequests.toJson(JsonResponses.mapper(), spec.name(), "request", job));
        } catch (BadRequestException e) {
            JsonResponses.badRequest(response, e);
        }
    }
}
