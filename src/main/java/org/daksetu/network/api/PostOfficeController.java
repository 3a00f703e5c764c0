package org.daksetu.network.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.daksetu.network.application.NetworkDirectory;
import org.daksetu.network.application.PostOfficeSearch;
import org.daksetu.network.domain.OfficeTier;
import org.daksetu.shared.InvalidValueException;
import org.daksetu.shared.Violations;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/post-offices")
@Tag(name = "Network")
class PostOfficeController {

    private static final Set<String> PARAMETERS = Set.of("name", "match", "state", "district", "tier", "pin", "page", "size");
    static final int MAX_PAGE_SIZE = 200;

    private final NetworkDirectory network;
    private final PostOfficeSearch search;

    PostOfficeController(NetworkDirectory network, PostOfficeSearch search) {
        this.network = network;
        this.search = search;
    }

    record PageView(List<OfficeView> items, int page, int size, long totalItems, long totalPages) {
    }

    @GetMapping
    @Operation(summary = "Search offices by name (prefix or substring), filter by state, district, tier or PIN, a page at a time")
    PageView list(
            @Parameter(description = "part of the office name, at least 2 characters") @RequestParam(required = false) String name,
            @Parameter(description = "prefix or substring (default prefix)") @RequestParam(defaultValue = "prefix") String match,
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String district,
            @Parameter(description = "HO, SO or BO") @RequestParam(required = false) String tier,
            @RequestParam(required = false) String pin,
            @RequestParam(defaultValue = "0") String page,
            @RequestParam(defaultValue = "20") String size,
            HttpServletRequest request) {
        Violations v = new Violations();
        for (String given : new TreeSet<>(request.getParameterMap().keySet())) {
            if (!PARAMETERS.contains(given)) {
                v.add(given, request.getParameter(given), "unknown parameter; known are " + new TreeSet<>(PARAMETERS));
            }
        }
        Optional<String> nameQuery = Optional.ofNullable(name).map(String::trim);
        nameQuery.filter(n -> n.length() < 2 || n.length() > 100)
                .ifPresent(n -> v.add("name", n, "give 2 to 100 characters"));
        PostOfficeSearch.NameMatch nameMatch = switch (match.toLowerCase(Locale.ROOT)) {
            case "prefix" -> PostOfficeSearch.NameMatch.PREFIX;
            case "substring" -> PostOfficeSearch.NameMatch.SUBSTRING;
            default -> {
                v.add("match", match, "must be prefix or substring");
                yield null;
            }
        };
        Optional<String> stateName = Optional.ofNullable(state).map(String::trim);
        stateName.filter(s -> !network.snapshot().hasState(s))
                .ifPresent(s -> v.add("state", s, "no office is in this state; see GET /api/v1/network/summary for the states"));
        Optional<String> districtName = Optional.ofNullable(district).map(String::trim);
        districtName.filter(d -> !network.snapshot().hasDistrict(d))
                .ifPresent(d -> v.add("district", d, "no office is in this district"));
        Optional<OfficeTier> officeTier = Optional.empty();
        if (tier != null) {
            try {
                officeTier = Optional.of(OfficeTier.valueOf(tier.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                v.add("tier", tier, "must be HO, SO or BO");
            }
        }
        Optional<Integer> pinValue = Optional.ofNullable(pin).map(p -> v.check(() -> org.daksetu.shared.Pin.parse(p)))
                .map(org.daksetu.shared.Pin::value);
        int pageNumber = number(v, "page", page, 0, 100_000);
        int pageSize = number(v, "size", size, 1, MAX_PAGE_SIZE);
        v.throwIfAny();
        PostOfficeSearch.Page result = search.search(new PostOfficeSearch.Criteria(nameQuery, nameMatch, stateName,
                districtName, officeTier, pinValue, pageNumber, pageSize));
        return new PageView(result.items().stream().map(OfficeView::of).toList(), result.page(), result.size(),
                result.totalItems(), result.totalPages());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One office by its id")
    OfficeView one(@PathVariable("id") String id) {
        long officeId;
        try {
            officeId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new InvalidValueException("id", id, "an office id is a number");
        }
        return OfficeView.of(network.office(officeId));
    }

    private static int number(Violations v, String field, String text, int min, int max) {
        try {
            int n = Integer.parseInt(text.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        v.add(field, text, "must be a whole number from " + min + " to " + max);
        return min;
    }
}
