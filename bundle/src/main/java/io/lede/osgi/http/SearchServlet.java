package io.lede.osgi.http;

import io.lede.http.JsonResponses;
import io.lede.http.SearchEndpoints.Answer;
import java.io.IOException;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;

/** {@code GET /lede/api/search}: faceted full-text search. */
@Component(service = Servlet.class, property = {
    HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_SELECT + "=" + LedeHttpContext.SELECT,
    HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/api/search"
})
public class SearchServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient SearchComponent search;

    @Activate
    public SearchServlet(@Reference SearchComponent search) {
        this.search = search;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Answer answer = search.endpoints().search(request.getParameterMap());
        JsonResponses.write(response, answer.status(), answer.body());
    }
}
