package org.daksetu.network.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.daksetu.network.application.Promises;
import org.daksetu.network.domain.routing.DeliveryPromise;
import org.daksetu.network.domain.routing.Leg;
import org.daksetu.network.domain.routing.PromiseMatrix;
import org.daksetu.network.domain.routing.RoutingRules;
import org.daksetu.shared.InvalidValueException;
import org.daksetu.shared.Pin;
import org.daksetu.shared.Violations;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/promise")
@Tag(name = "Delivery promise", description = "EDD and itinerary from a pickup point to a PIN")
class PromiseController {

    static final int MAX_PINS = 10_000;

    private final Promises promises;
    private final Clock clock;

    PromiseController(Promises promises, Clock clock) {
        this.promises = promises;
        this.clock = clock;
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record LegView(String kind, String from, String to, String lane, String mode, OffsetDateTime plannedDeparture,
                   OffsetDateTime plannedArrival) {
        static LegView of(Leg l) {
            return new LegView(l.kind().name(), l.from(), l.to(), l.laneId().orElse(null), l.mode().name(),
                    l.plannedDeparture(), l.plannedArrival());
        }
    }

    record PromiseView(String from, String to, OffsetDateTime handoverAt, LocalDate edd, int transitDays, String zone,
                       String zoneLabel, double distanceKm, String destinationHub, String deliveryOfficeId,
                       List<LegView> itinerary, String networkVersion) {
        static PromiseView of(DeliveryPromise p, String version) {
            return new PromiseView(p.pickupPoint(), p.destination().toString(), p.handoverAt(), p.edd(), p.transitDays(),
                    p.zone().name(), p.zone().label(), p.distanceKm(), p.destinationHub(), Long.toString(p.deliveryOfficeId()),
                    p.itinerary().legs().stream().map(LegView::of).toList(), version);
        }
    }

    @GetMapping
    @Operation(summary = "The EDD for a parcel handed over at a pickup point, with the itinerary that explains it and the tariff zone")
    PromiseView promise(@Parameter(description = "pickup point code") @RequestParam(required = false) String from,
                        @Parameter(description = "destination PIN") @RequestParam(required = false) String to,
                        @Parameter(description = "handover time, ISO-8601 with offset (default: now)") @RequestParam(required = false) String at) {
        Violations v = new Violations();
        if (from == null || from.isBlank()) {
            v.add("from", from, "a pickup point code is required");
        }
        Pin pin = to == null ? null : v.check(() -> parsePin("to", to));
        if (to == null) {
            v.add("to", null, "a destination PIN is required");
        }
        OffsetDateTime handover = v.check(() -> handover(at));
        v.throwIfAny();
        DeliveryPromise p = promises.promise(from.trim(), pin, handover);
        return PromiseView.of(p, promises.matrix().version());
    }

    record BulkRequest(String from, String at, List<String> pins) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record BulkItem(String pin, LocalDate edd, Integer transitDays, String zone, String reason) {
    }

    record BulkResponse(String from, OffsetDateTime handoverAt, int requested, int promised, List<BulkItem> results) {
    }

    @PostMapping("/bulk")
    @Operation(summary = "EDD and zone for up to 10,000 PINs from one pickup point")
    BulkResponse bulk(@RequestBody BulkRequest request) {
        Violations v = new Violations();
        if (request == null || request.from() == null || request.from().isBlank()) {
            v.add("from", request == null ? null : request.from(), "a pickup point code is required");
        }
        List<String> texts = request == null ? null : request.pins();
        if (texts == null || texts.isEmpty() || texts.size() > MAX_PINS) {
            v.add("pins", texts == null ? null : texts.size() + " PINs", "give between 1 and " + MAX_PINS + " PINs");
            v.throwIfAny();
        }
        OffsetDateTime handover = v.check(() -> handover(request.at()));
        List<Pin> pins = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            int index = i;
            Pin pin = v.check(() -> parsePin("pins[" + index + "]", texts.get(index)));
            pins.add(pin);
        }
        v.throwIfAny();
        List<BulkItem> items = promises.promiseMany(request.from().trim(), pins, handover).stream()
                .map(a -> new BulkItem(a.pin().toString(), a.edd(), a.transitDays(), a.zone(), a.reason())).toList();
        return new BulkResponse(request.from().trim(), handover, items.size(),
                (int) items.stream().filter(i -> i.edd() != null).count(), items);
    }

    record UnreachableView(String from, int count, List<PromiseMatrix.Unreachable> pins) {
    }

    @GetMapping("/unreachable")
    @Operation(summary = "Every PIN that cannot be promised from a pickup point, each with the reason")
    UnreachableView unreachable(@RequestParam String from) {
        List<PromiseMatrix.Unreachable> list = promises.unreachable(from);
        return new UnreachableView(from, list.size(), list);
    }

    private static Pin parsePin(String field, String text) {
        try {
            return Pin.parse(text);
        } catch (InvalidValueException e) {
            throw e.at(field);
        }
    }

    private OffsetDateTime handover(String at) {
        if (at == null || at.isBlank()) {
            return OffsetDateTime.now(clock).atZoneSameInstant(RoutingRules.IST).toOffsetDateTime();
        }
        try {
            return OffsetDateTime.parse(at.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("at", at, "an ISO-8601 time with offset, e.g. 2026-11-23T10:30:00+05:30");
        }
    }
}
