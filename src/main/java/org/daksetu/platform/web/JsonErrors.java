package org.daksetu.platform.web;

import java.util.stream.Collectors;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;

/** Turns a JSON parse or binding failure into a field path and a sentence, without internals. */
final class JsonErrors {

    private JsonErrors() {
    }

    static String path(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JacksonException je && !je.getPath().isEmpty()) {
            return je.getPath().stream()
                    .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
        }
        return "body";
    }

    static String describe(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JacksonException je) {
            String message = je.getOriginalMessage();
            int cut = message.indexOf(" at [Source");
            message = cut > 0 ? message.substring(0, cut) : message;
            // Class names mean nothing to an API caller.
            message = message.replaceAll("`[a-z]+(\\.[a-zA-Z0-9_$]+)+`", "the expected type");
            return "The body is not valid for this request: " + message.trim();
        }
        return "The request body is missing or is not valid JSON";
    }
}
