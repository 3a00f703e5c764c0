package org.daksetu.network.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.daksetu.network.application.NetworkDirectory;
import org.daksetu.network.domain.NetworkSnapshot;
import org.daksetu.network.domain.PinProfile;
import org.daksetu.shared.Pin;
import org.daksetu.shared.Violations;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serviceability of up to 10,000 PINs in one call. A malformed PIN fails the whole request (it
 * is a caller's bug, named in the problem detail with its index); a well-formed PIN without an
 * office is answered per item as not serviceable, with the reason.
 */
@RestController
@RequestMapping("/api/v1/serviceability")
@Tag(name = "Network")
class ServiceabilityController {

    static final int MAX_PINS = 10_000;

    private final NetworkDirectory network;

    ServiceabilityController(NetworkDirectory network) {
        this.network = network;
    }

    record Request(List<String> pins) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Answer(String pin, boolean serviceable, Boolean codAvailable, Boolean rural, String deliveryOfficeId,
                  String district, String state, String reason) {
    }

    record Response(String networkVersion, int requested, int serviceable, int notServiceable, List<Answer> results) {
    }

    @PostMapping
    @Operation(summary = "Serviceability, COD and rural indicator for up to 10,000 PINs")
    Response check(@RequestBody Request request) {
        List<String> pins = request == null ? null : request.pins();
        Violations v = new Violations();
        if (pins == null || pins.isEmpty()) {
            v.add("pins", pins == null ? null : "[]", "give between 1 and " + MAX_PINS + " PINs").throwIfAny();
        }
        if (pins.size() > MAX_PINS) {
            v.add("pins", pins.size() + " PINs", "at most " + MAX_PINS + " PINs per request").throwIfAny();
        }
        Pin[] parsed = new Pin[pins.size()];
        for (int i = 0; i < pins.size(); i++) {
            int index = i;
            try {
                parsed[i] = Pin.parse(pins.get(i));
            } catch (org.daksetu.shared.InvalidValueException e) {
                v.add(e.at("pins[" + index + "]"));
            }
        }
        v.throwIfAny();
        NetworkSnapshot snapshot = network.snapshot();
        List<Answer> results = new ArrayList<>(parsed.length);
        int serviceable = 0;
        for (Pin pin : parsed) {
            Optional<PinProfile> profile = snapshot.profile(pin);
            Answer answer = profile.map(p -> new Answer(pin.toString(), p.serviceable(), p.codAvailable(), p.rural(),
                            Long.toString(p.deliveryOffice().id()), p.deliveryOffice().district(),
                            p.deliveryOffice().state(), p.notServiceableReason().orElse(null)))
                    .orElseGet(() -> new Answer(pin.toString(), false, false, null, null, null, null,
                            "no post office has this PIN"));
            if (answer.serviceable()) {
                serviceable++;
            }
            results.add(answer);
        }
        return new Response(snapshot.version(), parsed.length, serviceable, parsed.length - serviceable, results);
    }
}
