package org.daksetu.booking.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;
import org.daksetu.booking.application.ShipperPickupPoints;
import org.daksetu.platform.security.ApiKeys;
import org.daksetu.platform.security.Role;
import org.daksetu.shared.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/shippers/{shipper}/pickup-points")
@Tag(name = "Parties", description = "Which pickup points a shipper hands over at (ADMIN; a shipper may read its own)")
class ShipperController {

    private final ShipperPickupPoints pickupPoints;

    ShipperController(ShipperPickupPoints pickupPoints) {
        this.pickupPoints = pickupPoints;
    }

    @GetMapping
    @Operation(summary = "The pickup points a shipper books from", security = @SecurityRequirement(name = "apiKey"))
    Set<String> list(@AuthenticationPrincipal ApiKeys.Principal caller, @PathVariable String shipper) {
        if (!caller.has(Role.ADMIN) && !caller.party().map(shipper::equals).orElse(false)) {
            throw new NotFoundException("shipper", shipper, "no shipper " + shipper + " is visible to you");
        }
        return pickupPoints.of(shipper);
    }

    @PutMapping("/{pickupPoint}")
    @Operation(summary = "Let a shipper book from a pickup point", security = @SecurityRequirement(name = "apiKey"))
    Set<String> link(@PathVariable String shipper, @PathVariable String pickupPoint) {
        return pickupPoints.link(shipper, pickupPoint);
    }

    @DeleteMapping("/{pickupPoint}")
    @Operation(summary = "Stop a shipper booking from a pickup point (its booked parcels stay)", security = @SecurityRequirement(name = "apiKey"))
    Set<String> unlink(@PathVariable String shipper, @PathVariable String pickupPoint) {
        return pickupPoints.unlink(shipper, pickupPoint);
    }
}
