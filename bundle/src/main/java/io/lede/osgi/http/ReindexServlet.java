package io.lede.osgi.http;

import io.lede.http.BadRequestException;
import io.lede.http.JsonResponses;
import io.lede.http.ReindexRequests;
import io.lede.index.ReindexMode;
import io.lede.osgi.PipelineComponent;
import io.lede.pipeline.PipelineRuntime;
import java.io.IOException;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;

/**
 * {@code GET /lede/api/reindex}: the reindex's progress; {@code POST /lede/api/reindex?mode=all|older|copy}: starts
 * one (202), 409 while one runs or the pipeline is not ready. Admin group (see {@link LedeHttpContext}).
 */
@Component(service = Servlet.class, property = {
    HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_SELECT + "=" + LedeHttpContext.SELECT,
    HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/api/reindex"
})
public class ReindexServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient PipelineComponent pipeline;

    @Activate
    public ReindexServlet(@Reference PipelineComponent pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            ReindexRequests.noParameters(request.getParameterMap());
        } catch (BadRequestException e) {
            JsonResponses.badRequest(response, e);
            return;
        }
        JsonResponses.write(response, HttpServletResponse.SC_OK,
                ReindexRequests.progress(pipeline.runtime().reindexProgress()));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ReindexMode mode;
        try {
            mode = ReindexRequests.mode(request.getParameterMap());
        } catch (BadRequestException e) {
            JsonResponses.badRequest(response, e);
            return;
        }
        PipelineRuntime runtime = pipeline.runtime();
        try {
            runtime.startReindex(pipeline.reindexOptions(mode));
        } catch (IllegalStateException e) {
            JsonResponses.error(response, HttpServletResponse.SC_CONFLICT, e.getMessage(), null);
            return;
        }
        JsonResponses.write(response, HttpServletResponse.SC_ACCEPTED,
                ReindexRequests.progress(runtime.reindexProgress()));
    }
}
