package io.lede.osgi.http;

import io.lede.http.Access;
import io.lede.http.AccessPolicy;
import io.lede.http.EditorCredentials;
import io.lede.http.EndpointGroup;
import io.lede.http.JsonResponses;
import java.io.IOException;
import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.http.context.ServletContextHelper;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The servlet context {@code /lede} that all of Lede's endpoints and its page live in. Before any of them runs it
 * applies the {@link AccessPolicy}: endpoint groups can be off, public or editor-only (the default).
 */
@Component(service = {ServletContextHelper.class, LedeHttpContext.class}, configurationPid = LedeHttpContext.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL,
        property = {
            HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_NAME + "=" + LedeHttpContext.NAME,
            HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_PATH + "=/lede"
        })
@Designate(ocd = LedeHttpContext.Config.class)
public class LedeHttpContext extends ServletContextHelper {
    public static final String PID = "io.lede.http";
    public static final String NAME = "lede";
    /** The whiteboard property value every Lede servlet uses to join this context. */
    public static final String SELECT = "(" + HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_NAME + "=" + NAME + ")";

    @ObjectClassDefinition(name = "Lede HTTP access",
            description = "Who may use Lede's endpoints under /lede: off, public or editor (HTTP Basic)")
    public @interface Config {
        @AttributeDefinition(name = "Search and entity suggestions", options = {
            @Option(label = "off", value = "off"), @Option(label = "public", value = "public"),
            @Option(label = "editor", value = "editor")})
        String access_search() default "editor";

        @AttributeDefinition(name = "Related coverage", options = {
            @Option(label = "off", value = "off"), @Option(label = "public", value = "public"),
            @Option(label = "editor", value = "editor")})
        String access_related() default "editor";

        @AttributeDefinition(name = "Status and operations", options = {
            @Option(label = "off", value = "off"), @Option(label = "public", value = "public"),
            @Option(label = "editor", value = "editor")})
        String access_admin() default "editor";

        @AttributeDefinition(name = "Search page", options = {
            @Option(label = "off", value = "off"), @Option(label = "public", value = "public"),
            @Option(label = "editor", value = "editor")})
        String access_page() default "editor";

        @AttributeDefinition(name = "Editor user", description = "HTTP Basic user for editor-only endpoints; "
                + "empty: nobody gets in")
        String editor_username() default "";

        @AttributeDefinition(name = "Editor password", type = AttributeType.PASSWORD)
        String editor_password() default "";
    }

    private static final Logger LOG = LoggerFactory.getLogger(LedeHttpContext.class);

    private volatile AccessPolicy policy;

    @Activate
    public LedeHttpContext(BundleContext context, Config config) {
        super(context.getBundle());
        configure(config);
    }

    @Modified
    void configure(Config config) {
        policy = policy(config);
        LOG.info("Lede HTTP endpoints under /lede: {}", policy);
    }

    static AccessPolicy policy(Config c) {
        Map<EndpointGroup, Access> access = new EnumMap<>(EndpointGroup.class);
        access.put(EndpointGroup.SEARCH, Access.parse(c.access_search(), "access.search"));
        access.put(EndpointGroup.RELATED, Access.parse(c.access_related(), "access.related"));
        access.put(EndpointGroup.ADMIN, Access.parse(c.access_admin(), "access.admin"));
        access.put(EndpointGroup.PAGE, Access.parse(c.access_page(), "access.page"));
        return new AccessPolicy(access, EditorCredentials.of(c.editor_username(), c.editor_password()));
    }

    public AccessPolicy policy() {
        return policy;
    }

    @Override
    public boolean handleSecurity(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String authorization = request.getHeader("Authorization");
        AccessPolicy.Decision decision = strictest(
                policy.decide(routedPath(request), authorization),
                policy.decide(decodedPath(request), authorization));
        switch (decision) {
            case ALLOW:
                return true;
            case NOT_FOUND:
                JsonResponses.error(response, HttpServletResponse.SC_NOT_FOUND, "not found", null);
                return false;
            default:
                response.setHeader("WWW-Authenticate", "Basic realm=\"Lede\", charset=\"UTF-8\"");
                JsonResponses.error(response, HttpServletResponse.SC_UNAUTHORIZED,
                        "editor credentials required", null);
                return false;
        }
    }

    private static AccessPolicy.Decision strictest(AccessPolicy.Decision a, AccessPolicy.Decision b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String routedPath(HttpServletRequest request) {
        String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
        String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
        return servletPath + pathInfo;
    }

    /** The request URI inside the context, percent-decoded and normalised, so encodings cannot dodge the policy. */
    private static String decodedPath(HttpServletRequest request) {
        String uri = request.getRequestURI() == null ? "" : request.getRequestURI();
        String context = request.getContextPath() == null ? "" : request.getContextPath();
        String inContext = uri.startsWith(context) ? uri.substring(context.length()) : uri;
        try {
            String path = URI.create(inContext.isEmpty() ? "/" : inContext).normalize().getPath();
            return path == null ? "/" : path.replaceAll("/{2,}", "/");
        } catch (IllegalArgumentException e) {
            return "/api";
        }
    }
}
