package org.daksetu.booking.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.daksetu.booking.application.LabelFormat;
import org.daksetu.booking.application.Labels;
import org.daksetu.booking.application.ManifestRenderer;
import org.daksetu.booking.application.Pickups;
import org.daksetu.booking.domain.Manifest;
import org.daksetu.booking.domain.PickupStatus;
import org.daksetu.platform.security.ApiKeys;
import org.daksetu.shared.InvalidValueException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/pickups")
@Tag(name = "Pickups and manifests", description = "A shipper schedules pickups and closes manifests; India Post confirms the handover")
class PickupController {

    private final Pickups pickups;
    private final ManifestRenderer documents;
    private final Labels labels;

    PickupController(Pickups pickups, ManifestRenderer documents, Labels labels) {
        this.pickups = pickups;
        this.documents = documents;
        this.labels = labels;
    }

    record ScheduleRequest(String pickupPoint, String date) {
    }

    record ManifestRequest(List<String> articleNumbers) {
    }

    record HandoverRequest(List<String> missing) {
    }

    @PostMapping
    @Operation(summary = "Schedule a pickup at one of your pickup points on a date (today to 30 days ahead)",
            security = @SecurityRequirement(name = "apiKey"))
    ResponseEntity<Views.PickupView> schedule(@AuthenticationPrincipal ApiKeys.Principal caller, @RequestBody ScheduleRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(Views.PickupView.of(pickups.schedule(Callers.shipper(caller), request.pickupPoint(), request.date())));
    }

    @GetMapping
    @Operation(summary = "Pickups, newest first: a shipper's own; all for India Post (e.g. ?date=&pickupPoint=&status=MANIFESTED)",
            security = @SecurityRequirement(name = "apiKey"))
    List<Views.PickupView> list(@AuthenticationPrincipal ApiKeys.Principal caller, @RequestParam Optional<LocalDate> date,
                                @RequestParam Optional<String> pickupPoint, @RequestParam Optional<PickupStatus> status) {
        return pickups.list(Callers.scope(caller), date, pickupPoint, status).stream().map(Views.PickupView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One pickup", security = @SecurityRequirement(name = "apiKey"))
    Views.PickupView one(@AuthenticationPrincipal ApiKeys.Principal caller, @PathVariable long id) {
        return Views.PickupView.of(pickups.get(Callers.scope(caller), id));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Cancel a pickup before its handover; its parcels wait for the next one", security = @SecurityRequirement(name = "apiKey"))
    Views.PickupView cancel(@AuthenticationPrincipal ApiKeys.Principal caller, @PathVariable long id) {
        return Views.PickupView.of(pickups.cancel(Callers.shipper(caller), id));
    }

    @PostMapping("/{id}/manifest")
    @Operation(summary = "Close the manifest: every booked parcel at the pickup point not yet on a manifest, or only those named",
            security = @SecurityRequirement(name = "apiKey"))
    Views.ManifestView close(@AuthenticationPrincipal ApiKeys.Principal caller, @PathVariable long id,
                             @RequestBody(required = false) ManifestRequest request) {
        Manifest m = pickups.closeManifest(Callers.shipper(caller), id, Optional.ofNullable(request).map(ManifestRequest::articleNumbers));
        return Views.ManifestView.of(m, List.of());
    }

    @GetMapping("/{id}/manifest")
    @Operation(summary = "The manifest as JSON (default), PDF (?format=pdf) or CSV (?format=csv)", security = @SecurityRequirement(name = "apiKey"))
    ResponseEntity<?> manifest(@AuthenticationPrincipal ApiKeys.Principal caller, @PathVariable long id,
                               @RequestParam(required = false) String format) {
        Manifest m = pickups.manifest(Callers.scope(caller), id);
        List<String> missing = pickups.missing(id);
        String f = format == null ? "json" : format.strip().toLowerCase(java.util.Locale.ROOT);
        String file = "attachment; filename=\"" + m.pickup().manifestNumber();
        return switch (f) {
            case "json" -> ResponseEntity.ok(Views.ManifestView.of(m, missing));
            case "pdf" -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, file + ".pdf\"").body(documents.pdf(m, missing));
            case "csv" -> ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                    .header(HttpHeaders.CONTENT_DISPOSITION, file + ".csv\"").body(documents.csv(m));
            default -> throw new InvalidValueException("format", format, "is json, pdf or csv");
        };
    }

    @GetMapping("/{id}/labels")
    @Operation(summary = "The labels of every parcel on the manifest, in one PDF or ZPL", security = @SecurityRequirement(name = "apiKey"))
    ResponseEntity<byte[]> labels(@AuthenticationPrincipal ApiKeys.Principal caller, @PathVariable long id,
                                  @RequestParam(required = false) String format) {
        return LabelController.respond(labels.ofPickup(Callers.scope(caller), id, LabelFormat.parse(format)), "pickup-" + id);
    }

    @PostMapping("/{id}/handover")
    @Operation(summary = "India Post confirms it received the manifest's parcels, naming any missing; the rest are picked up",
            security = @SecurityRequirement(name = "apiKey"))
    Views.ManifestView handover(@AuthenticationPrincipal ApiKeys.Principal caller, @PathVariable long id,
                                @RequestBody(required = false) HandoverRequest request) {
        List<String> missing = request == null || request.missing() == null ? List.of() : request.missing();
        Manifest m = pickups.confirmHandover(id, missing, caller.getName());
        return Views.ManifestView.of(m, pickups.missing(id));
    }
}
