package org.daksetu.capacity.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.daksetu.capacity.application.CapacityReports;
import org.daksetu.capacity.application.WhatIf;
import org.daksetu.shared.InvalidValueException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Capacity reports (JSON, or CSV with format=csv) and what-if planning. */
@RestController
@RequestMapping("/api/v1/capacity")
@Tag(name = "Capacity reports and what-if", description = "Utilisation, offered vs used, overflow, forecast; what-if planning")
class CapacityReportController {

    private final CapacityReports reports;
    private final WhatIf whatIf;

    CapacityReportController(CapacityReports reports, WhatIf whatIf) {
        this.reports = reports;
        this.whatIf = whatIf;
    }

    /**
     * The reports show every partner's capacity and offers: an analyst key of a shipper party may
     * not read them (a shipper sees only its own data; its offers and their use are under /offers).
     */
    @org.springframework.web.bind.annotation.ModelAttribute
    void operatorsOnly(@org.springframework.security.core.annotation.AuthenticationPrincipal
                       org.daksetu.platform.security.ApiKeys.Principal who) {
        if (who != null && who.party().filter(p -> !p.equals(org.daksetu.platform.security.Parties.POSTAL_OPERATOR)).isPresent()) {
            throw new NotForShippers();
        }
    }

    private static final class NotForShippers extends RuntimeException {
        NotForShippers() {
            super("Capacity reports and what-if planning show every partner's capacity: they are for India Post and the "
                    + "platform's keys; a shipper reads its own offers under /api/v1/capacity/offers");
        }
    }

    @org.springframework.web.bind.annotation.ExceptionHandler(NotForShippers.class)
    ResponseEntity<org.springframework.http.ProblemDetail> forbidden(NotForShippers e) {
        org.springframework.http.ProblemDetail p = org.springframework.http.ProblemDetail.forStatusAndDetail(
                org.springframework.http.HttpStatus.FORBIDDEN, e.getMessage());
        p.setTitle("Forbidden");
        p.setProperty("errors", List.of());
        return ResponseEntity.status(403).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.ofHoursMinutes(5, 30));
    }

    @GetMapping("/reports/utilisation")
    @Operation(summary = "Utilisation per lane and day: own capacity and use, offered capacity and use (format=csv for CSV)")
    ResponseEntity<?> utilisation(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                                  @RequestParam(required = false) String lane, @RequestParam(required = false) String format) {
        LocalDate f = from != null ? from : today();
        return CsvRows.respond(format, CapacityReports.Utilisation.class,
                reports.utilisation(f, to != null ? to : f, Optional.ofNullable(lane)), "utilisation");
    }

    @GetMapping("/reports/partners")
    @Operation(summary = "Capacity offered versus used, per partner")
    ResponseEntity<?> partners(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                               @RequestParam(required = false) String format) {
        LocalDate f = from != null ? from : today();
        return CsvRows.respond(format, CapacityReports.PartnerUse.class, reports.partners(f, to != null ? to : f.plusDays(6)),
                "partners");
    }

    @GetMapping("/reports/overflow")
    @Operation(summary = "Overflows per lane, planned day and cause: bags, parcels and the parcel-days of delay they caused")
    ResponseEntity<?> overflow(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                               @RequestParam(required = false) String format) {
        LocalDate f = from != null ? from : today();
        return CsvRows.respond(format, CapacityReports.OverflowRow.class, reports.overflow(f, to != null ? to : f), "overflow");
    }

    @GetMapping("/reports/forecast")
    @Operation(summary = "Lane load forecast from booked volume for the coming days (default 7) against capacity")
    ResponseEntity<?> forecast(@RequestParam(required = false) LocalDate from, @RequestParam(defaultValue = "7") int days,
                               @RequestParam(required = false) String format) {
        return CsvRows.respond(format, CapacityReports.ForecastRow.class, reports.forecast(from != null ? from : today(), days),
                "forecast");
    }

    @PostMapping("/what-if/pickup-point")
    @Operation(summary = "A new pickup point (a city, a PIN or coordinates): promise over all PINs before and after")
    WhatIf.Comparison pickupPoint(@RequestBody WhatIf.Candidate candidate) {
        return whatIf.newPickupPoint(candidate);
    }

    @PostMapping("/what-if/lane")
    @Operation(summary = "A new (or changed) lane: promise over all PINs before and after")
    WhatIf.Comparison lane(@RequestBody WhatIf.LaneChange change) {
        return whatIf.newLane(change);
    }

    record CapacityChange(String lane, Integer capacityBags, Integer capacityKg) {
    }

    @PostMapping("/what-if/capacity")
    @Operation(summary = "More capacity per departure on a lane: the promise (unchanged) and the lane's 7-day forecast before and after")
    WhatIf.Comparison capacity(@RequestBody CapacityChange change) {
        if (change == null) {
            throw new InvalidValueException("lane", "null", "lane, capacityBags and capacityKg are required");
        }
        return whatIf.capacity(change.lane(), change.capacityBags(), change.capacityKg());
    }

    record Candidates(List<WhatIf.Candidate> candidates) {
    }

    @PostMapping("/what-if/rank")
    @Operation(summary = "Rank candidate cities for the next pickup point (lowest average promised days after, then most PINs within 3 days)")
    List<WhatIf.Ranked> rank(@RequestBody Candidates body) {
        return whatIf.rank(body == null ? null : body.candidates());
    }
}
