package org.daksetu.network.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.daksetu.network.application.NetworkDirectory;
import org.daksetu.network.application.PickupPointDraft;
import org.daksetu.network.application.PickupPoints;
import org.daksetu.network.domain.PickupPoint;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/pickup-points")
@Tag(name = "Pickup points", description = "The shipper's places of handover; changes need an ADMIN key")
class PickupPointController {

    private final PickupPoints pickupPoints;
    private final NetworkDirectory network;
    private final org.daksetu.network.application.Promises promises;

    PickupPointController(PickupPoints pickupPoints, NetworkDirectory network, org.daksetu.network.application.Promises promises) {
        this.pickupPoints = pickupPoints;
        this.network = network;
        this.promises = promises;
    }

    record PickupPointView(String code, String name, String city, String address, String pin, double latitude,
                           double longitude, OfficeView office, double officeDistanceKm, String originHub,
                           LocalDate openedOn, LocalDate retiredOn, boolean active, int version) {
    }

    @GetMapping
    @Operation(summary = "Pickup points in service (all, with includeRetired=true)")
    List<PickupPointView> list(@RequestParam(defaultValue = "false") boolean includeRetired) {
        return pickupPoints.list(includeRetired).stream().map(this::view).toList();
    }

    @GetMapping("/{code}")
    PickupPointView one(@PathVariable String code) {
        return view(pickupPoints.get(code));
    }

    @PostMapping
    @Operation(summary = "Add a pickup point; it is tied to the nearest sub or head office", security = @SecurityRequirement(name = "apiKey"))
    ResponseEntity<PickupPointView> add(@RequestBody PickupPointDraft draft) {
        return ResponseEntity.status(HttpStatus.CREATED).body(view(pickupPoints.add(draft)));
    }

    @PutMapping("/{code}")
    @Operation(summary = "Change a pickup point; send If-Match with its version to guard against lost updates", security = @SecurityRequirement(name = "apiKey"))
    PickupPointView change(@PathVariable String code, @RequestBody PickupPointDraft draft,
                           @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        Optional<Integer> version = Optional.ofNullable(ifMatch).map(v -> v.replace("\"", "").trim())
                .map(v -> {
                    try {
                        return Integer.valueOf(v);
                    } catch (NumberFormatException e) {
                        throw new org.daksetu.shared.InvalidValueException("If-Match", v, "must be the pickup point's version number");
                    }
                });
        return view(pickupPoints.change(code, draft, version));
    }

    @DeleteMapping("/{code}")
    @Operation(summary = "Retire a pickup point (it stays on record)", security = @SecurityRequirement(name = "apiKey"))
    PickupPointView retire(@PathVariable String code, @RequestParam(required = false) LocalDate on) {
        return view(pickupPoints.retire(code, Optional.ofNullable(on)));
    }

    private PickupPointView view(PickupPoint p) {
        LocalDate today = LocalDate.now();
        return new PickupPointView(p.code(), p.name(), p.city(), p.address(), p.pin().toString(),
                p.location().latitude(), p.location().longitude(),
                network.snapshot().office(p.officeId()).map(OfficeView::of).orElse(null), p.officeDistanceKm(),
                promises.matrix().originHub(p.code()).map(org.daksetu.network.domain.routing.Hub::code).orElse(null),
                p.openedOn(), p.retiredOn().orElse(null), p.activeOn(today), p.version());
    }
}
