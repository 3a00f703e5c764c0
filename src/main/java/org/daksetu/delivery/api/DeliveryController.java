package org.daksetu.delivery.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.daksetu.delivery.application.Attempt;
import org.daksetu.delivery.application.Beats;
import org.daksetu.delivery.application.DeliveryArticle;
import org.daksetu.delivery.application.DeliveryRun;
import org.daksetu.delivery.application.LastMile;
import org.daksetu.delivery.application.NonDelivery;
import org.daksetu.delivery.application.NonDeliveryReport;
import org.daksetu.delivery.application.ReturnTrip;
import org.daksetu.delivery.application.Returns;
import org.daksetu.delivery.domain.Beat;
import org.daksetu.delivery.domain.DeliveryPolicy;
import org.daksetu.platform.security.ApiKeys;
import org.daksetu.shared.InvalidValueException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The last mile over HTTP (docs/DELIVERY.md): beats, receipts, runs, attempts, non-delivery reports, instructions, returns. */
@RestController
@RequestMapping("/api/v1/delivery")
@Tag(name = "Delivery", description = "Last mile: beats, out-for-delivery runs, attempts, non-delivery reports, instructions, returns")
class DeliveryController {

    private final LastMile lastMile;
    private final Beats beats;
    private final NonDelivery nonDelivery;
    private final Returns returns;

    DeliveryController(LastMile lastMile, Beats beats, NonDelivery nonDelivery, Returns returns) {
        this.lastMile = lastMile;
        this.beats = beats;
        this.nonDelivery = nonDelivery;
        this.returns = returns;
    }

    // --- beats ---

    @GetMapping("/offices/{officeId}/beats")
    @Operation(summary = "The beats of a delivery office (generated B1-B4 on first use, then as operators changed them)")
    List<Beat> beats(@PathVariable long officeId) {
        return beats.list(officeId);
    }

    record BeatBody(String name, String postman, Boolean active) {
    }

    @PutMapping("/offices/{officeId}/beats/{code}")
    @Operation(summary = "Add or change a beat: its name, postman and whether it runs")
    Beat putBeat(@PathVariable long officeId, @PathVariable String code, @RequestBody BeatBody body) {
        return beats.put(officeId, code, body.name(), body.postman(), body.active() == null || body.active());
    }

    // --- receipts, runs, attempts ---

    record Receipts(List<LastMile.Receipt> receipts) {
    }

    @PostMapping("/receipts")
    @Operation(summary = "Articles received at their delivery office (up to 10,000; an item-received scan each)")
    List<ArticleView> receive(@RequestBody Receipts body) {
        return lastMile.receive(nonNull("receipts", body == null ? null : body.receipts())).stream().map(ArticleView::operator).toList();
    }

    record Runs(List<LastMile.RunRequest> runs) {
    }

    @PostMapping("/runs")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start out-for-delivery runs: articles waiting at an office go out with a postman on a beat")
    List<DeliveryRun> runs(@RequestBody Runs body) {
        return lastMile.startRuns(nonNull("runs", body == null ? null : body.runs()));
    }

    @GetMapping("/runs/{id}")
    DeliveryRun run(@PathVariable long id) {
        return lastMile.run(id);
    }

    @GetMapping("/offices/{officeId}/runs")
    List<DeliveryRun> officeRuns(@PathVariable long officeId, @RequestParam LocalDate date) {
        return lastMile.runs(officeId, date);
    }

    record Attempts(List<LastMile.AttemptRequest> attempts) {
    }

    record AttemptView(Attempt attempt, String status, Long reportId) {
    }

    @PostMapping("/attempts")
    @Operation(summary = "Record attempt outcomes (DELIVERED with OTP and COD collection, NOT_DELIVERED with a reason 01-41, HELD); all or none")
    List<AttemptView> attempts(@RequestBody Attempts body) {
        return lastMile.record(nonNull("attempts", body == null ? null : body.attempts())).stream()
                .map(r -> new AttemptView(r.attempt(), r.article().status().name(), r.reportId().orElse(null))).toList();
    }

    /** An article in the last mile; the OTP is shown to its shipper (which sends it to the consignee) and never to the postman. */
    record ArticleView(String article, String shipper, long officeId, String pickupPoint, int pin, long codPaise, boolean otpRequired,
                       String otp, String status, int attempts, int failedAttempts, LocalDate heldSince, LocalDate nextAttemptOn,
                       Long currentRun, LocalDate edd, Instant receivedAt, Instant closedAt) {
        static ArticleView of(DeliveryArticle a, boolean showOtp) {
            return new ArticleView(a.article(), a.shipper(), a.officeId(), a.pickupPoint(), a.pin(), a.codPaise(), a.otpRequired(),
                    showOtp ? a.otp().orElse(null) : null, a.status().name(), a.attempts(), a.failedAttempts(),
                    a.heldSince().orElse(null), a.nextAttemptOn().orElse(null), a.currentRun().orElse(null), a.edd().orElse(null),
                    a.receivedAt(), a.closedAt().orElse(null));
        }

        static ArticleView operator(DeliveryArticle a) {
            return of(a, false);
        }
    }

    @GetMapping("/articles/{article}")
    @Operation(summary = "An article in the last mile; a shipper sees its own, with the OTP to pass to the consignee")
    ArticleView article(@PathVariable String article, @AuthenticationPrincipal ApiKeys.Principal who) {
        Optional<String> own = Callers.ownShipper(who);
        return ArticleView.of(lastMile.article(article, own), own.isPresent());
    }

    @GetMapping("/articles/{article}/attempts")
    List<Attempt> articleAttempts(@PathVariable String article, @AuthenticationPrincipal ApiKeys.Principal who) {
        return lastMile.attempts(article, Callers.ownShipper(who));
    }

    // --- non-delivery reports and instructions ---

    @GetMapping("/reports")
    @Operation(summary = "Non-delivery reports (failed attempts and holds), newest first; a shipper sees its own")
    List<NonDeliveryReport> reports(@RequestParam(required = false) String status, @RequestParam(required = false) String article,
                                    @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                                    @RequestParam(defaultValue = "500") int limit, @AuthenticationPrincipal ApiKeys.Principal who) {
        LocalDate t = to != null ? to : LocalDate.of(9000, 1, 1);
        LocalDate f = from != null ? from : LocalDate.of(2000, 1, 1);
        return nonDelivery.reports(Callers.ownShipper(who), Optional.ofNullable(article), Optional.ofNullable(status), f, t, limit);
    }

    @GetMapping("/reports/{id}")
    NonDeliveryReport report(@PathVariable long id, @AuthenticationPrincipal ApiKeys.Principal who) {
        return nonDelivery.report(id, Callers.ownShipper(who));
    }

    @PostMapping("/articles/{article}/instructions")
    @Operation(summary = "The shipper's instruction on an open report: REATTEMPT (reattemptOn), CHANGE_ADDRESS (address, phone, pin) or RETURN")
    NonDeliveryReport instruct(@PathVariable String article, @RequestBody NonDelivery.Instruction body,
                               @AuthenticationPrincipal ApiKeys.Principal who) {
        return nonDelivery.instruct(Callers.shipper(who), article, nonNull("body", body));
    }

    /** One instruction of a bulk request: the article and the fields of {@link NonDelivery.Instruction}. */
    record ArticleInstruction(String article, String action, LocalDate reattemptOn, String address, String phone, String pin,
                              Instant at) {
    }

    record Instructions(List<ArticleInstruction> instructions) {
    }

    @PostMapping("/instructions")
    @Operation(summary = "The shipper's instructions on many articles (up to 10,000) in one request; all or none")
    List<NonDeliveryReport> instructAll(@RequestBody Instructions body, @AuthenticationPrincipal ApiKeys.Principal who) {
        String shipper = Callers.shipper(who);
        List<ArticleInstruction> items = nonNull("instructions", body == null ? null : body.instructions());
        return nonDelivery.instructAll(items.stream().map(i -> i == null ? new NonDelivery.ShipperInstruction(shipper, null, null)
                : new NonDelivery.ShipperInstruction(shipper, i.article(), new NonDelivery.Instruction(i.action(), i.reattemptOn(),
                i.address(), i.phone(), i.pin(), i.at()))).toList());
    }

    record DefaultsBody(LocalDate date) {
    }

    @PostMapping("/defaults")
    @Operation(summary = "Apply the shippers' defaults as of the start of a business day (re-attempts, returns after the limits)")
    NonDelivery.DefaultsApplied defaults(@RequestBody DefaultsBody body) {
        if (body == null || body.date() == null) {
            throw new InvalidValueException("date", "null", "the business day to apply the defaults for");
        }
        return nonDelivery.applyDefaults(body.date());
    }

    @GetMapping("/policies/{shipper}")
    @Operation(summary = "A shipper's defaults when it gives no instruction (3 failed attempts, 7 days on hold, re-attempt the next working day)")
    DeliveryPolicy policy(@PathVariable String shipper, @AuthenticationPrincipal ApiKeys.Principal who) {
        return nonDelivery.policy(Callers.named(who, shipper));
    }

    @PutMapping("/policies/{shipper}")
    DeliveryPolicy setPolicy(@PathVariable String shipper, @RequestBody DeliveryPolicy body,
                             @AuthenticationPrincipal ApiKeys.Principal who) {
        return nonDelivery.setPolicy(Callers.named(who, shipper), nonNull("body", body));
    }

    // --- returns ---

    @GetMapping("/returns")
    List<ReturnTrip> returns(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                             @RequestParam(defaultValue = "500") int limit, @AuthenticationPrincipal ApiKeys.Principal who) {
        return returns.list(Callers.ownShipper(who), from != null ? from : LocalDate.of(2000, 1, 1),
                to != null ? to : LocalDate.of(9000, 1, 1), limit);
    }

    @GetMapping("/returns/{article}")
    ReturnTrip returnTrip(@PathVariable String article, @AuthenticationPrincipal ApiKeys.Principal who) {
        return returns.get(article, Callers.ownShipper(who));
    }

    record ReturnStart(String reason, Instant at) {
    }

    @PostMapping("/returns/{article}")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start a return to origin (an operator's decision, e.g. refused at the door)")
    ReturnTrip startReturn(@PathVariable String article, @RequestBody(required = false) ReturnStart body) {
        String reason = body == null || body.reason() == null || body.reason().isBlank() ? "returned by the post office" : body.reason();
        return returns.start(article, reason, body == null ? null : body.at());
    }

    record ReturnScan(long office, String code, Instant at) {
    }

    @PostMapping("/returns/{article}/scans")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "A return scanned on its way back (IR received, ID dispatched) at an office")
    void returnScan(@PathVariable String article, @RequestBody ReturnScan body) {
        nonNull("body", body);
        returns.scan(article, body.office(), body.code(), body.at());
    }

    record At(Instant at) {
    }

    @PostMapping("/returns/{article}/delivery")
    @Operation(summary = "The return handed over to the shipper at its pickup point")
    ReturnTrip deliverReturn(@PathVariable String article, @RequestBody(required = false) At body) {
        return returns.deliverToShipper(article, body == null ? null : body.at());
    }

    record Handovers(List<Returns.Handover> returns) {
    }

    @PostMapping("/returns/deliveries")
    @Operation(summary = "Returns handed over to their shippers (up to 10,000) in one request; all or none")
    List<ReturnTrip> deliverReturns(@RequestBody Handovers body) {
        List<Returns.Handover> items = nonNull("returns", body == null ? null : body.returns());
        if (items.size() > LastMile.MAX_BATCH) {
            throw new InvalidValueException("returns", Integer.toString(items.size()), "at most " + LastMile.MAX_BATCH + " per call");
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null || items.get(i).article() == null || items.get(i).article().isBlank()) {
                throw new InvalidValueException("returns[" + i + "].article", "null", "is required");
            }
        }
        return returns.deliverAllToShipper(items.stream().map(h -> new Returns.Handover(h.article().strip(), h.at())).toList());
    }

    static <T> T nonNull(String field, T value) {
        if (value == null) {
            throw new InvalidValueException(field, "null", "is required");
        }
        return value;
    }
}
