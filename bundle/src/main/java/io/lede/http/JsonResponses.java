package io.lede.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import javax.servlet.http.HttpServletResponse;

/** Writes JSON answers and JSON errors with the headers every Lede endpoint shares. */
public final class JsonResponses {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonResponses() {
    }

    public static ObjectMapper mapper() {
        return JSON;
    }

    /** @param body a Jackson tree, a record or a map */
    public static void write(HttpServletResponse response, int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        JSON.writeValue(response.getOutputStream(), body);
    }

    /** {@code {"error": message, "parameter": parameter}} */
    public static void error(HttpServletResponse response, int status, String message, String parameter)
            throws IOException {
        write(response, status, error(message, parameter));
    }

    public static void badRequest(HttpServletResponse response, BadRequestException e) throws IOException {
        error(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage(), e.parameter());
    }

    static ObjectNode error(String message, String parameter) {
        ObjectNode node = JSON.createObjectNode();
        node.put("error", message);
        if (parameter == null) {
            node.putNull("parameter");
        } else {
            node.put("parameter", parameter);
        }
        return node;
    }
}
