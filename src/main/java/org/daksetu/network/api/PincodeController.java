package org.daksetu.network.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.concurrent.ConcurrentHashMap;
import org.daksetu.network.application.NetworkDirectory;
import org.daksetu.network.application.UnknownPinException;
import org.daksetu.network.domain.NetworkSnapshot;
import org.daksetu.shared.Pin;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/v1/pincodes")
@Tag(name = "Network", description = "India Post offices, PINs and serviceability")
class PincodeController {

    private final NetworkDirectory network;
    private final JsonMapper json;
    /** The answer for a PIN only changes with the network, so it is written once per snapshot. */
    private volatile RenderedPins rendered = new RenderedPins(NetworkSnapshot.empty());

    private record RenderedPins(NetworkSnapshot snapshot, ConcurrentHashMap<Integer, byte[]> bodies) {
        RenderedPins(NetworkSnapshot snapshot) {
            this(snapshot, new ConcurrentHashMap<>());
        }
    }

    PincodeController(NetworkDirectory network, JsonMapper json) {
        this.network = network;
        this.json = json;
    }

    @GetMapping(value = "/{pin}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A PIN: its offices, delivery office, district, state, division, circle, rural indicator, COD and serviceability")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PincodeView.class)))
    @ApiResponse(responseCode = "400", description = "Malformed PIN", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "No office has this PIN", content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<byte[]> pincode(@PathVariable("pin") String pinText) {
        Pin pin = Pin.parse(pinText);
        NetworkSnapshot snapshot = network.snapshot();
        RenderedPins cache = rendered;
        if (cache.snapshot() != snapshot) {
            cache = new RenderedPins(snapshot);
            rendered = cache;
        }
        byte[] body = cache.bodies().get(pin.value());
        if (body == null) {
            body = json.writeValueAsBytes(PincodeView.of(
                    snapshot.profile(pin).orElseThrow(() -> new UnknownPinException(pin)), snapshot.version()));
            cache.bodies().put(pin.value(), body);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
