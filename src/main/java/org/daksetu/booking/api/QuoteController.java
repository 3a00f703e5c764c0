package org.daksetu.booking.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.daksetu.booking.application.Quotes;
import org.daksetu.booking.domain.QuoteDraft;
import org.daksetu.platform.security.ApiKeys;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/quotes")
@Tag(name = "Shipments")
class QuoteController {

    private final Quotes quotes;

    QuoteController(Quotes quotes) {
        this.quotes = quotes;
    }

    record QuoteView(LocalDate pricedOn, Views.ChargesView charges, Views.PromiseView promise) {
    }

    @PostMapping
    @Operation(summary = "Price and promise a parcel without booking it: the charges line by line (paise) and the EDD",
            security = @SecurityRequirement(name = "apiKey"))
    QuoteView quote(@AuthenticationPrincipal ApiKeys.Principal caller, @RequestBody QuoteDraft draft) {
        Quotes.Quote q = quotes.quote(Callers.shipper(caller), draft);
        return new QuoteView(q.pricedOn(), Views.ChargesView.of(q.charges()), Views.PromiseView.of(q.promise()));
    }
}
