package org.daksetu.booking.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.daksetu.booking.application.Tariffs;
import org.daksetu.booking.domain.AdditionalWeight;
import org.daksetu.booking.domain.IndianTime;
import org.daksetu.booking.domain.Service;
import org.daksetu.booking.domain.ServiceTariff;
import org.daksetu.booking.domain.TariffVersion;
import org.daksetu.booking.domain.WeightSlab;
import org.daksetu.booking.domain.ZoneRates;
import org.daksetu.network.domain.routing.TariffZone;
import org.daksetu.platform.security.ApiKeys;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tariffs")
@Tag(name = "Tariffs", description = "Versioned tariffs with effective dates (read: anyone; add: ADMIN)")
class TariffController {

    private final Tariffs tariffs;
    private final Clock clock;

    TariffController(Tariffs tariffs, Clock clock) {
        this.tariffs = tariffs;
        this.clock = clock;
    }

    record VersionSummary(String version, LocalDate effectiveFrom, String description, boolean inForce, String source, Instant loadedAt) {
    }

    record Row(Integer upToGrams, Integer eachAdditionalGrams, Map<TariffZone, Long> ratesPaise, String basis, String note) {
    }

    record CodFee(long thresholdPaise, int rateBasisPoints, long minimumPaise, long aboveBasePaise, int aboveRateBasisPoints) {
    }

    record VersionView(String version, LocalDate effectiveFrom, String description, boolean inForce, int volumetricDivisor,
                       int gstBasisPoints, long otpFeePaise, CodFee codFee, Map<Service, List<Row>> rates, String source) {
    }

    @GetMapping
    @Operation(summary = "Every tariff version, oldest first, and which is in force today")
    List<VersionSummary> list() {
        String inForce = tariffs.inForceToday().id();
        return tariffs.list().stream().map(s -> new VersionSummary(s.version().id(), s.version().effectiveFrom(),
                s.version().description(), s.version().id().equals(inForce), s.source(), s.loadedAt())).toList();
    }

    @GetMapping("/{version}")
    @Operation(summary = "One tariff version: settings and rates by service, weight and zone (paise); ?format=csv for its sheet")
    ResponseEntity<?> one(@PathVariable String version, @RequestParam(required = false) String format) {
        Tariffs.Stored stored = tariffs.get(version);
        if ("csv".equalsIgnoreCase(format)) {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8")).body(stored.sheet());
        }
        return ResponseEntity.ok(view(stored));
    }

    @PostMapping(consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    @Operation(summary = "Add a tariff version from its sheet (text/csv); it takes effect tomorrow at the earliest",
            security = @SecurityRequirement(name = "apiKey"))
    ResponseEntity<VersionView> add(@AuthenticationPrincipal ApiKeys.Principal caller, @RequestBody(required = false) byte[] sheet) {
        Tariffs.Stored stored = tariffs.add(sheet == null ? "" : new String(sheet, StandardCharsets.UTF_8), "uploaded by " + caller.getName());
        return ResponseEntity.status(HttpStatus.CREATED).body(view(stored));
    }

    private VersionView view(Tariffs.Stored stored) {
        TariffVersion v = stored.version();
        Map<Service, List<Row>> rates = new EnumMap<>(Service.class);
        for (ServiceTariff t : v.services().values()) {
            List<Row> rows = new java.util.ArrayList<>();
            for (WeightSlab s : t.slabs()) {
                rows.add(new Row(s.upToGrams(), null, paise(s.rates()), s.basis().name(), s.note()));
            }
            AdditionalWeight b = t.beyond();
            if (b != null) {
                rows.add(new Row(null, b.stepGrams(), paise(b.rates()), b.basis().name(), b.note()));
            }
            rates.put(t.service(), rows);
        }
        boolean inForce = tariffs.inForceOn(IndianTime.today(clock)).id().equals(v.id());
        return new VersionView(v.id(), v.effectiveFrom(), v.description(), inForce, v.volumetricDivisor(), v.gstBasisPoints(),
                v.otpFee().paise(), new CodFee(v.codFee().threshold().paise(), v.codFee().rateBasisPoints(),
                v.codFee().minimum().paise(), v.codFee().baseAbove().paise(), v.codFee().rateAboveBasisPoints()), rates, stored.source());
    }

    private static Map<TariffZone, Long> paise(ZoneRates rates) {
        Map<TariffZone, Long> out = new LinkedHashMap<>();
        rates.rates().forEach((zone, money) -> out.put(zone, money.paise()));
        return out;
    }
}
