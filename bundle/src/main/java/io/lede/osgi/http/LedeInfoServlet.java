package io.lede.osgi.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lede.http.AccessPolicy;
import io.lede.http.EndpointGroup;
import io.lede.http.JsonResponses;
import java.io.IOException;
import java.util.Locale;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;

/** {@code GET /lede/api/info}: Lede's version and which endpoint groups the caller may use (for the page). */
@Component(service = Servlet.class, property = {
    HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_SELECT + "=" + LedeHttpContext.SELECT,
    HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/api/info"
})
public class LedeInfoServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient LedeHttpContext context;
    private final String version;

    @Activate
    public LedeInfoServlet(@Reference LedeHttpContext context, BundleContext bundle) {
        this.context = context;
        this.version = bundle.getBundle().getVersion().toString();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AccessPolicy policy = context.policy();
        String authorization = request.getHeader("Authorization");
        ObjectNode body = JsonResponses.mapper().createObjectNode();
        body.put("name", "Lede");
        body.put("version", version);
        ObjectNode allowed = body.putObject("allowed");
        for (EndpointGroup g : EndpointGroup.values()) {
            allowed.put(g.name().toLowerCase(Locale.ROOT), policy.allows(g, authorization));
        }
        JsonResponses.write(response, HttpServletResponse.SC_OK, body);
    }
}
