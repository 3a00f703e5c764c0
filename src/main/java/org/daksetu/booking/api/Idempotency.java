package org.daksetu.booking.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;
import org.daksetu.booking.application.IdempotentRequests;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Runs a request under its Idempotency-Key, when it has one: the first successful answer is
 * recorded and every retry with the same key and body gets it back, marked with the header
 * {@code Idempotent-Replayed: true}. A request that fails is forgotten, so its retry runs again.
 */
@Component
class Idempotency {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";

    private final IdempotentRequests requests;

    Idempotency(IdempotentRequests requests) {
        this.requests = requests;
    }

    ResponseEntity<byte[]> run(String party, String key, HttpServletRequest request, byte[] body,
                               Supplier<ResponseEntity<byte[]>> action) {
        if (key == null) {
            return action.get();
        }
        IdempotentRequests.Outcome outcome = requests.begin(party, key.strip(), JsonBodies.hash(request, body));
        if (outcome instanceof IdempotentRequests.Outcome.Replay r) {
            return ResponseEntity.status(HttpStatusCode.valueOf(r.status())).header(REPLAYED, "true")
                    .contentType(MediaType.parseMediaType(r.contentType())).body(r.body());
        }
        ResponseEntity<byte[]> response;
        try {
            response = action.get();
        } catch (RuntimeException | Error e) {
            requests.abandon(party, key.strip());
            throw e;
        }
        if (response.getStatusCode().is2xxSuccessful()) {
            MediaType type = response.getHeaders().getContentType();
            requests.complete(party, key.strip(), response.getStatusCode().value(),
                    type == null ? MediaType.APPLICATION_JSON_VALUE : type.toString(), response.getBody());
        } else {
            requests.abandon(party, key.strip());
        }
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(response.getHeaders());
        headers.set(REPLAYED, "false");
        return new ResponseEntity<>(response.getBody(), headers, response.getStatusCode());
    }
}
