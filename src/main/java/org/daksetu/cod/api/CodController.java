package org.daksetu.cod.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.daksetu.cod.application.CashAccount;
import org.daksetu.cod.application.CodAccounts;
import org.daksetu.cod.application.Reconciliation;
import org.daksetu.cod.application.RemittanceBatch;
import org.daksetu.cod.application.RemittanceLine;
import org.daksetu.cod.application.Remittances;
import org.daksetu.cod.application.StatementLine;
import org.daksetu.cod.domain.CodArticle;
import org.daksetu.cod.domain.RemittanceCycle;
import org.daksetu.platform.security.ApiKeys;
import org.daksetu.platform.security.Role;
import org.daksetu.shared.InvalidValueException;
import org.daksetu.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

/** Cash on delivery over HTTP (docs/COD.md): collections, remittances, reconciliation, ledger check, statements, cash accounts. */
@RestController
@RequestMapping("/api/v1/cod")
@Tag(name = "Cash on delivery", description = "Collections, office cash accounts, remittances, reconciliation, ledger, statements")
class CodController {

    private final CodAccounts accounts;
    private final Remittances remittances;
    private final Reconciliation reconciliation;

    CodController(CodAccounts accounts, Remittances remittances, Reconciliation reconciliation) {
        this.accounts = accounts;
        this.remittances = remittances;
        this.reconciliation = reconciliation;
    }

    static Optional<String> ownShipper(ApiKeys.Principal who) {
        if (who.has(Role.ADMIN) || who.has(Role.FINANCE) || who.has(Role.ANALYST) || who.has(Role.POSTAL_OPS)) {
            return Optional.empty();
        }
        return Optional.of(who.party().orElseThrow(() -> new InvalidValueException("key", who.getName(), "this key is tied to no shipper")));
    }

    record ArticleView(String article, String shipper, long officeId, long amountPaise, long feePaise, String stage, Instant bookedAt,
                       Instant deliveredAt, Instant collectedAt, LocalDate collectionDate, Long collectedPaise, String mode,
                       String upiReference, Instant cancelledAt, Long remittanceId, LocalDate remittedOn, Instant confirmedAt) {
        static ArticleView of(CodArticle a) {
            return new ArticleView(a.article(), a.shipper(), a.officeId(), a.amount().paise(), a.fee().paise(), a.stage().name(),
                    a.bookedAt(), a.deliveredAt().orElse(null), a.collectedAt().orElse(null), a.collectionDate().orElse(null),
                    a.collected().map(m -> m.paise()).orElse(null), a.mode().map(Enum::name).orElse(null),
                    a.upiReference().orElse(null), a.cancelledAt().orElse(null), a.remittanceId().orElse(null),
                    a.remittedOn().orElse(null), a.confirmedAt().orElse(null));
        }
    }

    /** A remittance batch with its status (CREATED, PAID, CONFIRMED). */
    record BatchView(long id, String shipper, LocalDate businessDate, int cycleDays, boolean deductFee, int articles, long grossPaise,
                     long feePaise, long netPaise, Instant createdAt, String bankReference, Instant paidAt, Instant confirmedAt,
                     String confirmedBy, String status) {
        static BatchView of(RemittanceBatch b) {
            return new BatchView(b.id(), b.shipper(), b.businessDate(), b.cycleDays(), b.deductFee(), b.articles(), b.grossPaise(),
                    b.feePaise(), b.netPaise(), b.createdAt(), b.bankReference().orElse(null), b.paidAt().orElse(null),
                    b.confirmedAt().orElse(null), b.confirmedBy().orElse(null), b.status());
        }
    }

    record Collections(List<CodAccounts.Collection> collections) {
    }

    @PostMapping("/collections")
    @Operation(summary = "Collections of delivered COD articles (CASH, or UPI with its reference; the booked amount exactly); all or none")
    List<ArticleView> collect(@RequestBody Collections body) {
        if (body == null || body.collections() == null) {
            throw new InvalidValueException("collections", "null", "is required");
        }
        return accounts.collect(body.collections()).stream().map(ArticleView::of).toList();
    }

    @GetMapping("/articles/{article}")
    ArticleView article(@PathVariable String article, @AuthenticationPrincipal ApiKeys.Principal who) {
        Optional<String> own = ownShipper(who);
        return accounts.find(article).filter(a -> own.isEmpty() || own.get().equals(a.shipper())).map(ArticleView::of)
                .orElseThrow(() -> new NotFoundException("article", article, "no COD article " + article));
    }

    @GetMapping("/articles")
    @Operation(summary = "COD articles booked in a period with their stage (booked, delivered, collected, remitted, confirmed); at most 10,000")
    List<ArticleView> articles(@RequestParam LocalDate from, @RequestParam LocalDate to, @RequestParam(required = false) String shipper,
                               @RequestParam(defaultValue = "1000") int limit, @AuthenticationPrincipal ApiKeys.Principal who) {
        return reconciliation.articles(scope(who, shipper), from, to, limit).stream().map(ArticleView::of).toList();
    }

    private static Optional<String> scope(ApiKeys.Principal who, String shipper) {
        Optional<String> own = ownShipper(who);
        if (own.isPresent()) {
            return own;
        }
        return Optional.ofNullable(shipper).filter(s -> !s.isBlank());
    }

    // --- remittances ---

    record RunBody(LocalDate date) {
    }

    @PostMapping("/remittance-runs")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The remittance run of a business date: one batch per shipper of everything due by its cycle (default T+2 working days)")
    List<BatchView> run(@RequestBody RunBody body) {
        if (body == null || body.date() == null) {
            throw new InvalidValueException("date", "null", "the business date of the run");
        }
        return remittances.runCycle(body.date()).stream().map(BatchView::of).toList();
    }

    record RemitBody(String shipper, List<String> articles, LocalDate date) {
    }

    @PostMapping("/remittances")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Remit named collected articles of one shipper in one batch (refused whole when one is not collected or remitted already)")
    BatchView remit(@RequestBody RemitBody body) {
        if (body == null || body.shipper() == null || body.date() == null) {
            throw new InvalidValueException("shipper", "null", "shipper, articles and date are required");
        }
        return BatchView.of(remittances.remit(body.shipper(), body.articles(), body.date()));
    }

    @GetMapping("/remittances")
    List<BatchView> remittances(@RequestParam LocalDate from, @RequestParam LocalDate to,
                                      @RequestParam(required = false) String shipper, @AuthenticationPrincipal ApiKeys.Principal who) {
        return remittances.list(scope(who, shipper), from, to).stream().map(BatchView::of).toList();
    }

    @GetMapping("/remittances/{id}")
    BatchView remittance(@PathVariable long id, @AuthenticationPrincipal ApiKeys.Principal who) {
        return BatchView.of(remittances.get(id, ownShipper(who)));
    }

    @GetMapping("/remittances/{id}/lines")
    List<RemittanceLine> lines(@PathVariable long id, @AuthenticationPrincipal ApiKeys.Principal who) {
        return remittances.lines(id, ownShipper(who));
    }

    record Payment(String bankReference, Instant paidAt) {
    }

    @PostMapping("/remittances/{id}/payment")
    @Operation(summary = "The bank reference (UTR) of the transfer that paid a batch")
    BatchView pay(@PathVariable long id, @RequestBody Payment body) {
        return BatchView.of(remittances.recordPayment(id, body == null ? null : body.bankReference(),
                Optional.ofNullable(body == null ? null : body.paidAt())));
    }

    record Confirmation(Instant at) {
    }

    @PostMapping("/remittances/{id}/confirmation")
    @Operation(summary = "The shipper confirms it received a paid batch")
    BatchView confirm(@PathVariable long id, @RequestBody(required = false) Confirmation body,
                            @AuthenticationPrincipal ApiKeys.Principal who) {
        String shipper = ownShipper(who).orElseThrow(() -> new InvalidValueException("key", who.getName(), "a shipper confirms its own remittances"));
        return BatchView.of(remittances.confirm(id, shipper, Optional.ofNullable(body == null ? null : body.at())));
    }

    record CycleView(String shipper, int cycleDays, boolean deductFee) {
    }

    @GetMapping("/settings/{shipper}")
    CycleView settings(@PathVariable String shipper, @AuthenticationPrincipal ApiKeys.Principal who) {
        ownShipper(who).filter(s -> !s.equals(shipper)).ifPresent(s -> {
            throw new NotFoundException("shipper", shipper, "a shipper reads its own settings only");
        });
        RemittanceCycle c = remittances.cycle(shipper);
        return new CycleView(shipper, c.businessDays(), c.deductFee());
    }

    record CycleBody(Integer cycleDays, Boolean deductFee) {
    }

    @PutMapping("/settings/{shipper}")
    @Operation(summary = "A shipper's remittance cycle (working days after collection) and whether COD fees are deducted")
    CycleView putSettings(@PathVariable String shipper, @RequestBody CycleBody body) {
        RemittanceCycle d = RemittanceCycle.DEFAULT;
        RemittanceCycle c = remittances.setCycle(shipper, body == null || body.cycleDays() == null ? d.businessDays() : body.cycleDays(),
                body == null || body.deductFee() == null ? d.deductFee() : body.deductFee());
        return new CycleView(shipper, c.businessDays(), c.deductFee());
    }

    // --- reconciliation, ledger, statements, cash accounts ---

    @GetMapping("/reconciliation")
    @Operation(summary = "Articles booked in a period: counts and money per stage, and every discrepancy as of a date")
    Reconciliation.Report reconciliation(@RequestParam LocalDate from, @RequestParam LocalDate to,
                                         @RequestParam(required = false) LocalDate asOf, @RequestParam(required = false) String shipper,
                                         @AuthenticationPrincipal ApiKeys.Principal who) {
        if (asOf == null) {
            throw new InvalidValueException("asOf", "null", "the business date to judge discrepancies on (for example today)");
        }
        return reconciliation.report(scope(who, shipper), from, to, asOf);
    }

    @GetMapping("/ledger/verification")
    @Operation(summary = "Checks the ledger: every journal balances; per office and per shipper collected = remitted + outstanding")
    ResponseEntity<Reconciliation.Verification> verify() {
        Reconciliation.Verification v = reconciliation.verify();
        return ResponseEntity.status(v.ok() ? 200 : 409).body(v);
    }

    @GetMapping(path = "/statements", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A shipper's COD statement: articles collected in a period with their remittance and bank reference")
    List<StatementLine> statement(@RequestParam LocalDate from, @RequestParam LocalDate to,
                                  @RequestParam(required = false) String shipper, @AuthenticationPrincipal ApiKeys.Principal who) {
        return reconciliation.statement(statementShipper(who, shipper), from, to);
    }

    @GetMapping(path = "/statements", produces = "text/csv")
    ResponseEntity<byte[]> statementCsv(@RequestParam LocalDate from, @RequestParam LocalDate to,
                                        @RequestParam(required = false) String shipper, @AuthenticationPrincipal ApiKeys.Principal who) {
        String s = statementShipper(who, shipper);
        StringBuilder b = new StringBuilder("article,office_id,amount_paise,collected_at,mode,upi_reference,remittance_id,remitted_on,"
                + "bank_reference,fee_deducted_paise,net_paise,confirmed_at\n");
        for (StatementLine l : reconciliation.statement(s, from, to)) {
            b.append(l.article()).append(',').append(l.officeId()).append(',').append(l.amountPaise()).append(',')
                    .append(l.collectedAt()).append(',').append(l.mode()).append(',').append(csv(l.upiReference())).append(',')
                    .append(l.remittanceId() == null ? "" : l.remittanceId()).append(',')
                    .append(l.remittedOn() == null ? "" : l.remittedOn()).append(',').append(csv(l.bankReference())).append(',')
                    .append(l.feeDeductedPaise()).append(',').append(l.remittanceId() == null ? "" : l.amountPaise() - l.feeDeductedPaise())
                    .append(',').append(l.confirmedAt() == null ? "" : l.confirmedAt()).append('\n');
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv"))
                .header("Content-Disposition", "attachment; filename=\"cod-statement-" + s + "-" + from + "-" + to + ".csv\"")
                .body(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String csv(String v) {
        if (v == null) {
            return "";
        }
        return v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    private static String statementShipper(ApiKeys.Principal who, String shipper) {
        Optional<String> own = ownShipper(who);
        if (own.isPresent()) {
            return own.get();
        }
        if (shipper == null || shipper.isBlank()) {
            throw new InvalidValueException("shipper", String.valueOf(shipper), "name the shipper whose statement to read");
        }
        return shipper;
    }

    @GetMapping("/offices/{officeId}/cash-account")
    @Operation(summary = "An office's COD money on a day: opening, cash and UPI collected, remitted, closing")
    CashAccount cashAccount(@PathVariable long officeId, @RequestParam LocalDate date) {
        return reconciliation.cashAccount(officeId, date);
    }
}
