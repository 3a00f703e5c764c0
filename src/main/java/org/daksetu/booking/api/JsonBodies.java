package org.daksetu.booking.api;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Request bodies read as bytes, so that a request with an Idempotency-Key can be recognised by
 * its exact content, and parsed here with the application's JSON mapper. A body that is not JSON
 * of the right shape is answered like any other unreadable body (400, naming the JSON path).
 */
@Component
class JsonBodies {

    private final JsonMapper json;

    JsonBodies(JsonMapper json) {
        this.json = json;
    }

    <T> T read(byte[] body, Class<T> type, HttpServletRequest request) {
        if (body == null || body.length == 0) {
            throw new HttpMessageNotReadableException("The request body is missing", new ServletServerHttpRequest(request));
        }
        try {
            T value = json.readValue(body, type);
            if (value == null) {
                throw new HttpMessageNotReadableException("The request body is missing", new ServletServerHttpRequest(request));
            }
            return value;
        } catch (JacksonException e) {
            throw new HttpMessageNotReadableException(e.getOriginalMessage(), e, new ServletServerHttpRequest(request));
        }
    }

    byte[] write(Object value) {
        return json.writeValueAsBytes(value);
    }

    /**
     * What identifies a request for idempotency: method, path, query, media type and body (for an
     * upload, the file). The media type's parameters are left out: a retried upload comes with a
     * new multipart boundary.
     */
    static byte[] hash(HttpServletRequest request, byte[] body) {
        String type = request.getContentType() == null ? "" : request.getContentType().split(";")[0].strip().toLowerCase();
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update((request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + " " + type + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            d.update(body == null ? new byte[0] : body);
            return d.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
