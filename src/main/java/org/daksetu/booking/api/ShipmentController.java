package org.daksetu.booking.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.daksetu.booking.application.BookingResult;
import org.daksetu.booking.application.LabelFormat;
import org.daksetu.booking.application.Labels;
import org.daksetu.booking.application.ShipmentBooking;
import org.daksetu.booking.application.ShipmentFilter;
import org.daksetu.booking.application.Shipments;
import org.daksetu.booking.domain.ShipmentDraft;
import org.daksetu.booking.domain.ShipmentStatus;
import org.daksetu.platform.security.ApiKeys;
import org.daksetu.shared.ConflictException;
import org.daksetu.shared.InvalidValueException;
import org.daksetu.shared.ValidationException;
import org.daksetu.shared.Violations;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/shipments")
@Tag(name = "Shipments", description = "Book (one, up to 10,000, or a CSV upload), read, cancel; labels. A shipper sees only its own.")
class ShipmentController {

    private final ShipmentBooking booking;
    private final Shipments shipments;
    private final Labels labels;
    private final JsonBodies bodies;
    private final Idempotency idempotency;

    ShipmentController(ShipmentBooking booking, Shipments shipments, Labels labels, JsonBodies bodies, Idempotency idempotency) {
        this.booking = booking;
        this.shipments = shipments;
        this.labels = labels;
        this.bodies = bodies;
        this.idempotency = idempotency;
    }

    record BulkRequest(List<ShipmentDraft> shipments) {
    }

    record CancelRequest(String reason) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Book one shipment: 201 with its article number, charges and promise; a repeat of an order reference "
            + "answers 200 with the first booking", security = @SecurityRequirement(name = "apiKey"))
    ResponseEntity<byte[]> book(@AuthenticationPrincipal ApiKeys.Principal caller,
                                @Parameter(description = "Any unique string (a UUID); a retry with the same key gets the first answer")
                                @RequestHeader(value = Idempotency.HEADER, required = false) String key,
                                @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @io.swagger.v3.oas.annotations.media.Content(
                                        schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = ShipmentDraft.class)))
                                @RequestBody(required = false) byte[] body, HttpServletRequest request) {
        String shipper = Callers.shipper(caller);
        return idempotency.run(Callers.party(caller), key, request, body, () -> {
            ShipmentDraft draft = bodies.read(body, ShipmentDraft.class, request);
            return switch (booking.book(shipper, List.of(draft)).getFirst()) {
                case BookingResult.Booked b -> ResponseEntity.status(b.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                        .location(URI.create("/api/v1/shipments/" + b.shipment().articleNumber()))
                        .contentType(MediaType.APPLICATION_JSON).body(bodies.write(Views.ShipmentView.of(b.shipment())));
                case BookingResult.Refused f -> throw refusal(f);
            };
        });
    }

    private static RuntimeException refusal(BookingResult.Refused f) {
        if (f.conflict()) {
            InvalidValueException p = f.problems().getFirst();
            return new ConflictException(p.field(), p.value(), p.field() + " '" + p.value() + "' " + p.rule());
        }
        return new ValidationException(f.problems());
    }

    @PostMapping(path = "/bulk", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Book up to 10,000 shipments: {\"shipments\": [...]}. Answered per item, in order: booked (with its "
            + "number) or refused (with every problem). Booked items are stored even when others are refused",
            security = @SecurityRequirement(name = "apiKey"))
    ResponseEntity<byte[]> bookMany(@AuthenticationPrincipal ApiKeys.Principal caller,
                                    @RequestHeader(value = Idempotency.HEADER, required = false) String key,
                                    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @io.swagger.v3.oas.annotations.media.Content(
                                            schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = BulkRequest.class)))
                                    @RequestBody(required = false) byte[] body, HttpServletRequest request) {
        String shipper = Callers.shipper(caller);
        return idempotency.run(Callers.party(caller), key, request, body, () -> {
            BulkRequest bulk = bodies.read(body, BulkRequest.class, request);
            List<ShipmentDraft> drafts = bulk.shipments();
            if (drafts == null || drafts.isEmpty() || drafts.size() > ShipmentBooking.MAX_PER_REQUEST) {
                new Violations().add("shipments", drafts == null ? null : drafts.size() + " shipments",
                        "give 1 to " + ShipmentBooking.MAX_PER_REQUEST + " shipments per request").throwIfAny();
            }
            return json(Views.BulkResult.of(booking.book(shipper, drafts), null));
        });
    }

    @PostMapping(path = "/bulk", consumes = "text/csv", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Book up to 10,000 shipments from a CSV body; columns as in docs/BOOKING.md. Each item names its CSV line",
            security = @SecurityRequirement(name = "apiKey"))
    ResponseEntity<byte[]> bookCsv(@AuthenticationPrincipal ApiKeys.Principal caller,
                                   @RequestHeader(value = Idempotency.HEADER, required = false) String key,
                                   @RequestBody(required = false) byte[] body, HttpServletRequest request) {
        String shipper = Callers.shipper(caller);
        return idempotency.run(Callers.party(caller), key, request, body, () -> csv(shipper, body));
    }

    @PostMapping(path = "/bulk", consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Book up to 10,000 shipments from an uploaded CSV file (form field 'file')",
            security = @SecurityRequirement(name = "apiKey"))
    ResponseEntity<byte[]> bookUpload(@AuthenticationPrincipal ApiKeys.Principal caller,
                                      @RequestHeader(value = Idempotency.HEADER, required = false) String key,
                                      @RequestParam("file") MultipartFile file, HttpServletRequest request) {
        String shipper = Callers.shipper(caller);
        byte[] body;
        try {
            body = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return idempotency.run(Callers.party(caller), key, request, body, () -> csv(shipper, body));
    }

    private ResponseEntity<byte[]> csv(String shipper, byte[] body) {
        List<ShipmentCsv.Row> rows = ShipmentCsv.parse(body == null ? "" : new String(body, StandardCharsets.UTF_8));
        List<BookingResult> results = booking.book(shipper, rows.stream().map(ShipmentCsv.Row::draft).toList());
        return json(Views.BulkResult.of(results, rows.stream().map(ShipmentCsv.Row::line).toList()));
    }

    private ResponseEntity<byte[]> json(Object view) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(bodies.write(view));
    }

    @GetMapping
    @Operation(summary = "Shipments, newest first: a shipper's own; all for the postal operator and admins",
            security = @SecurityRequirement(name = "apiKey"))
    Views.ShipmentPage list(@AuthenticationPrincipal ApiKeys.Principal caller,
                            @RequestParam Optional<ShipmentStatus> status, @RequestParam Optional<String> pickupPoint,
                            @RequestParam Optional<String> orderReference, @RequestParam Optional<LocalDate> bookedOn,
                            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return Views.ShipmentPage.of(shipments.list(Callers.scope(caller),
                new ShipmentFilter(status, pickupPoint, orderReference, bookedOn), page, size));
    }

    @GetMapping("/{articleNumber}")
    @Operation(summary = "One shipment with its charges and promise (another shipper's is 404)", security = @SecurityRequirement(name = "apiKey"))
    Views.ShipmentView one(@AuthenticationPrincipal ApiKeys.Principal caller, @PathVariable String articleNumber) {
        return Views.ShipmentView.of(shipments.get(Callers.scope(caller), articleNumber));
    }

    @PostMapping("/{articleNumber}/cancel")
    @Operation(summary = "Cancel a shipment until it is picked up (then 409)", security = @SecurityRequirement(name = "apiKey"))
    Views.ShipmentView cancel(@AuthenticationPrincipal ApiKeys.Principal caller, @PathVariable String articleNumber,
                              @RequestBody(required = false) CancelRequest request) {
        return Views.ShipmentView.of(shipments.cancel(Callers.shipper(caller), articleNumber,
                Optional.ofNullable(request).map(CancelRequest::reason).filter(r -> !r.isBlank())));
    }

    @GetMapping("/{articleNumber}/label")
    @Operation(summary = "The 4x6 inch label: PDF (default) or ZPL (?format=zpl)", security = @SecurityRequirement(name = "apiKey"))
    ResponseEntity<byte[]> label(@AuthenticationPrincipal ApiKeys.Principal caller, @PathVariable String articleNumber,
                                 @RequestParam(required = false) String format) {
        return LabelController.respond(labels.of(Callers.scope(caller), List.of(articleNumber), LabelFormat.parse(format)),
                articleNumber);
    }
}
