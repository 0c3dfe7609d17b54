package io.lede.osgi.http;

import io.lede.http.BadRequestException;
import io.lede.http.JsonResponses;
import io.lede.http.PipelineAdmin;
import io.lede.osgi.PipelineComponent;
import io.lede.pipeline.PipelineRuntime;
import io.lede.queue.QueueFullException;
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
 * {@code GET /lede/api/status} (the status document) and {@code POST /lede/api/dead-letters/<seq>} with
 * {@code action=retry|drop}; group {@code admin}, editor-only by default.
 */
@Component(service = Servlet.class, property = {
    HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_SELECT + "=" + LedeHttpContext.SELECT,
    HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/api/status",
    HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/api/dead-letters/*"
})
public class PipelineAdminServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient PipelineAdmin admin;

    @Activate
    public PipelineAdminServlet(@Reference PipelineComponent pipeline) {
        this.admin = new PipelineAdmin(() -> pipeline.runtime().status(), new PipelineAdmin.DeadLetters() {
            @Override
            public boolean retry(long seq) throws IOException, QueueFullException {
                return runtime().queue().retryDeadLetter(seq);
            }

            @Override
            public boolean drop(long seq) throws IOException {
                return runtime().queue().dropDeadLetter(seq);
            }

            private PipelineRuntime runtime() {
                return pipeline.runtime();
            }
        });
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"/api/status".equals(request.getServletPath())) {
            JsonResponses.error(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "use POST with action=retry|drop",
                    null);
            return;
        }
        try {
            write(response, admin.status(request.getParameterMap()));
        } catch (BadRequestException e) {
            JsonResponses.badRequest(response, e);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"/api/dead-letters".equals(request.getServletPath())) {
            JsonResponses.error(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "use GET", null);
            return;
        }
        try {
            write(response, admin.deadLetter(request.getPathInfo(), request.getParameterMap()));
        } catch (BadRequestException e) {
            JsonResponses.badRequest(response, e);
        }
    }

    private static void write(HttpServletResponse response, PipelineAdmin.Answer answer) throws IOException {
        JsonResponses.write(response, answer.status(), answer.body());
    }
}
