package org.daksetu.network.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.daksetu.network.application.TransmissionPlanning;
import org.daksetu.network.application.TransmissionStore;
import org.daksetu.network.domain.routing.BusinessCalendar;
import org.daksetu.network.domain.routing.Hub;
import org.daksetu.network.domain.routing.Lane;
import org.daksetu.shared.InvalidValueException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Hubs, lanes and the business calendar: read by anyone, changed by network planners (ADMIN or POSTAL_OPS keys). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Transmission network", description = "Hubs, lanes with schedules and capacity, and the business calendar")
class TransmissionController {

    private final TransmissionPlanning planning;

    TransmissionController(TransmissionPlanning planning) {
        this.planning = planning;
    }

    record HubView(String code, String name, String level, String officeId, String city, String state, String circle,
                   double latitude, double longitude, String parent) {
        static HubView of(Hub h) {
            return new HubView(h.code(), h.name(), h.level().name(), Long.toString(h.officeId()), h.city(), h.state(),
                    h.circle(), h.location().latitude(), h.location().longitude(), h.parent().orElse(null));
        }
    }

    record LaneView(String id, String from, String to, String mode, double distanceKm, long transitMinutes, String days,
                    String departure, String cutoff, boolean runsOnHolidays, int capacityBags, int capacityKg, boolean active) {
        static LaneView of(Lane l) {
            return new LaneView(l.id(), l.from(), l.to(), l.mode().name(), l.distanceKm(), l.transit().toMinutes(),
                    l.schedule().daysText(), l.schedule().departure().toString(), l.schedule().cutoff().toString(),
                    l.schedule().runsOnHolidays(), l.capacityBags(), l.capacityKg(), l.active());
        }
    }

    @GetMapping("/hubs")
    @Operation(summary = "Hubs, optionally of one level (L1, L2, NDC)")
    List<HubView> hubs(@RequestParam(required = false) String level) {
        if (level != null && !List.of("L1", "L2", "NDC").contains(level.toUpperCase(Locale.ROOT))) {
            throw new InvalidValueException("level", level, "must be L1, L2 or NDC");
        }
        return planning.network().hubs().stream()
                .filter(h -> level == null || h.level().name().equalsIgnoreCase(level)).map(HubView::of).toList();
    }

    @GetMapping("/hubs/{code}")
    HubView hub(@PathVariable String code) {
        return HubView.of(planning.hub(code));
    }

    @GetMapping("/lanes")
    @Operation(summary = "Lanes, optionally from or to a hub")
    List<LaneView> lanes(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        return planning.network().lanes().stream()
                .filter(l -> from == null || l.from().equals(from)).filter(l -> to == null || l.to().equals(to))
                .map(LaneView::of).toList();
    }

    @GetMapping("/lanes/{id}")
    LaneView lane(@PathVariable String id) {
        return LaneView.of(planning.lane(id));
    }

    @PutMapping("/lanes/{id}")
    @Operation(summary = "Change a lane (absent fields keep their value) or add one; promises are re-planned at once",
            security = @SecurityRequirement(name = "apiKey"))
    LaneView putLane(@PathVariable String id, @RequestBody TransmissionPlanning.LaneDraft draft, Authentication who) {
        return LaneView.of(planning.putLane(id, draft, who.getName()));
    }

    @DeleteMapping("/lanes/{id}/override")
    @Operation(summary = "Revert a lane to the data files", security = @SecurityRequirement(name = "apiKey"))
    ResponseEntity<Void> revertLane(@PathVariable String id) {
        planning.revertLane(id);
        return ResponseEntity.noContent().build();
    }

    record CalendarView(List<BusinessCalendar.Holiday> holidays, List<TransmissionStore.ClosureRecord> closures) {
    }

    @GetMapping("/calendar")
    @Operation(summary = "National holidays and office closures (Sundays are always closed)")
    CalendarView calendar(@RequestParam(required = false) Integer year) {
        List<BusinessCalendar.Holiday> holidays = planning.calendar().holidays().stream()
                .filter(h -> year == null || h.date().getYear() == year).toList();
        return new CalendarView(holidays, planning.closures());
    }

    record ClosureRequest(Long officeId, LocalDate from, LocalDate to, String reason) {
    }

    @PostMapping("/calendar/closures")
    @Operation(summary = "Close an office on its own dates", security = @SecurityRequirement(name = "apiKey"))
    ResponseEntity<BusinessCalendar.Closure> close(@RequestBody ClosureRequest r) {
        return ResponseEntity.status(HttpStatus.CREATED).body(planning.closeOffice(r.officeId(), r.from(), r.to(), r.reason()));
    }

    @DeleteMapping("/calendar/closures/{id}")
    @Operation(summary = "Remove an office closure", security = @SecurityRequirement(name = "apiKey"))
    ResponseEntity<Void> reopen(@PathVariable long id) {
        planning.reopen(id);
        return ResponseEntity.noContent().build();
    }
}
