package org.daksetu.network.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.daksetu.network.application.NetworkDirectory;
import org.daksetu.network.application.NetworkImportResult;
import org.daksetu.network.domain.NetworkSnapshot;
import org.daksetu.network.domain.PinProfile;
import org.daksetu.network.domain.PostOffice;
import org.daksetu.network.infrastructure.NetworkDataset;
import org.daksetu.shared.Progress;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/network")
@Tag(name = "Network")
class NetworkController {

    private final NetworkDirectory network;

    NetworkController(NetworkDirectory network) {
        this.network = network;
    }

    record Summary(String version, int offices, int pins, long ruralPins, long codPins, long serviceablePins,
                   Map<String, Long> byTier, Map<String, Long> byCircle, Map<String, Long> byState,
                   Map<String, Long> byGeoMatch) {
    }

    @GetMapping("/summary")
    @Operation(summary = "Counts of the network in force: offices by tier, circle and state, and the dataset version")
    Summary summary() {
        NetworkSnapshot s = network.snapshot();
        var profiles = s.offices().stream().map(PostOffice::pin).distinct()
                .map(pin -> s.profile(pin).orElseThrow()).toList();
        return new Summary(s.version(), s.officeCount(), s.pinCount(),
                profiles.stream().filter(PinProfile::rural).count(),
                profiles.stream().filter(PinProfile::codAvailable).count(),
                profiles.stream().filter(PinProfile::serviceable).count(),
                s.countBy(o -> o.tier().name()), s.countBy(PostOffice::circle), s.countBy(PostOffice::state),
                s.countBy(o -> o.geoMatch().name()));
    }

    @PostMapping("/import")
    @Operation(summary = "Replace the network with the dataset the application carries (idempotent)", security = @SecurityRequirement(name = "apiKey"))
    NetworkImportResult reimport() {
        return network.importFrom(NetworkDataset.bundled(), Progress.NONE);
    }
}
