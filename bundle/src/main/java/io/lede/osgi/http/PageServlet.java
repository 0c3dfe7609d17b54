package io.lede.osgi.http;

import io.lede.http.PageResource;
import io.lede.http.PageResources;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;

/**
 * The search page at {@code /lede/}: the context's default servlet, serving the page's few static files from the
 * bundle ({@link PageResources}); any other path is a 404. Access (group {@code page}) is checked by the context.
 */
@Component(service = Servlet.class, property = {
    HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_SELECT + "=" + LedeHttpContext.SELECT,
    HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/",
    HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME + "=lede-page"
})
public class PageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient PageResources resources = PageResources.load();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = pathInContext(request);
        if (path.isEmpty()) {
            response.sendRedirect(request.getContextPath() + "/");
            return;
        }
        Optional<PageResource> found = resources.find(path);
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PageResource resource = found.get();
        for (Map.Entry<String, String> header : PageResources.SECURITY_HEADERS.entrySet()) {
            response.setHeader(header.getKey(), header.getValue());
        }
        response.setHeader("Cache-Control", resource.cacheControl());
        response.setHeader("ETag", resource.etag());
        response.setHeader("Vary", "Accept-Encoding");
        if (resource.matches(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(resource.contentType());
        byte[] body = resource.body();
        if (PageResource.acceptsGzip(request.getHeader("Accept-Encoding"))) {
            response.setHeader("Content-Encoding", "gzip");
            body = resource.gzipBody();
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The path below the context ({@code /lede}), whether the container splits it as servlet path or path info. */
    private static String pathInContext(HttpServletRequest request) {
        String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
        String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
        return servletPath + pathInfo;
    }
}
