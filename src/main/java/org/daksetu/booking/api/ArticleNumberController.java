package org.daksetu.booking.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.daksetu.booking.application.ArticleNumbers;
import org.daksetu.booking.application.Reservation;
import org.daksetu.booking.domain.Service;
import org.daksetu.booking.domain.SerialRange;
import org.daksetu.platform.security.ApiKeys;
import org.daksetu.shared.ArticleNumber;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Article numbers", description = "S10 validation (public) and reserved blocks for a shipper's own labels")
class ArticleNumberController {

    private final ArticleNumbers articleNumbers;

    ArticleNumberController(ArticleNumbers articleNumbers) {
        this.articleNumbers = articleNumbers;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Check(String number, boolean valid, String problem, String serviceIndicator, String serial, Integer checkDigit,
                 Integer expectedCheckDigit, String country, String dakSetuService) {
    }

    record ReserveRequest(String service, Integer count) {
    }

    record RangeView(String prefix, int cycle, int firstSerial, int lastSerial, String firstNumber, String lastNumber) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ReservationView(long id, String service, int count, Instant createdAt, Instant expiresAt, List<RangeView> ranges,
                           List<String> numbers) {
    }

    @GetMapping("/api/v1/article-numbers/{number}")
    @Operation(summary = "Check any S10 number: format, check digit (with the expected one), and whether it is of a DakSetu series."
            + " Always 200; 'valid' is the answer")
    Check check(@PathVariable String number) {
        String text = number.strip().toUpperCase(java.util.Locale.ROOT);
        String problem = ArticleNumber.problem(text);
        boolean shaped = text.length() == 13 && text.substring(2, 11).chars().allMatch(Character::isDigit);
        Integer expected = shaped ? ArticleNumber.checkDigit(Integer.parseInt(text.substring(2, 10))) : null;
        String service = problem == null
                ? articleNumbers.seriesOf(new ArticleNumber(text)).map(s -> s.service().name()).orElse(null) : null;
        return new Check(number, problem == null, problem, shaped ? text.substring(0, 2) : null, shaped ? text.substring(2, 10) : null,
                shaped ? text.charAt(10) - '0' : null, expected, shaped ? text.substring(11) : null, service);
    }

    @PostMapping("/api/v1/article-number-reservations")
    @Operation(summary = "Reserve 1 to 10,000 numbers of a service to print on your own labels; book with them within the validity",
            security = @SecurityRequirement(name = "apiKey"))
    ResponseEntity<ReservationView> reserve(@AuthenticationPrincipal ApiKeys.Principal caller, @RequestBody ReserveRequest request) {
        Service service = Service.parse("service", request.service());
        int count = request.count() == null ? 0 : request.count();
        Reservation r = articleNumbers.reserve(Callers.shipper(caller), service, count);
        return ResponseEntity.status(HttpStatus.CREATED).body(view(r, true));
    }

    @GetMapping("/api/v1/article-number-reservations")
    @Operation(summary = "Your reservations, newest first (without their numbers)", security = @SecurityRequirement(name = "apiKey"))
    List<ReservationView> list(@AuthenticationPrincipal ApiKeys.Principal caller) {
        return articleNumbers.reservations(Callers.shipper(caller)).stream().map(r -> view(r, false)).toList();
    }

    @GetMapping("/api/v1/article-number-reservations/{id}")
    @Operation(summary = "One reservation with its numbers; ?format=csv for one number a line", security = @SecurityRequirement(name = "apiKey"))
    ResponseEntity<?> one(@AuthenticationPrincipal ApiKeys.Principal caller, @PathVariable long id,
                          @RequestParam(required = false) String format) {
        Reservation r = articleNumbers.reservation(Callers.shipper(caller), id);
        if ("csv".equalsIgnoreCase(format)) {
            StringBuilder csv = new StringBuilder("article_number\r\n");
            numbers(r).forEach(n -> csv.append(n).append("\r\n"));
            return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8")).body(csv.toString());
        }
        return ResponseEntity.ok(view(r, true));
    }

    private List<String> numbers(Reservation r) {
        String country = articleNumbers.settings().country();
        return r.ranges().stream().flatMap(range -> range.numbers(country).stream()).map(ArticleNumber::value).toList();
    }

    private ReservationView view(Reservation r, boolean withNumbers) {
        String country = articleNumbers.settings().country();
        List<RangeView> ranges = r.ranges().stream().map((SerialRange range) -> new RangeView(range.prefix(), range.cycle(),
                range.first(), range.last(), range.number(0, country).value(), range.number(range.size() - 1, country).value())).toList();
        return new ReservationView(r.id(), r.service().name(), r.count(), r.createdAt(), r.expiresAt(), ranges,
                withNumbers ? numbers(r) : null);
    }
}
