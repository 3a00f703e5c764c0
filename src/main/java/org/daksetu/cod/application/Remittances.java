package org.daksetu.cod.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.daksetu.cod.domain.CodArticle;
import org.daksetu.cod.domain.RemittanceCycle;
import org.daksetu.network.application.TransmissionPlanning;
import org.daksetu.shared.ConflictException;
import org.daksetu.shared.InvalidValueException;
import org.daksetu.shared.NotFoundException;
import org.daksetu.shared.ValidationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Remittance of collected COD money to shippers: a cycle run for a business date (every shipper,
 * one batch each, every article due by its shipper's cycle), or a batch of named articles; then
 * the bank reference of the payment and the shipper's confirmation.
 */
@Service
public class Remittances {

    private final CodStore store;
    private final TransmissionPlanning network;
    private final Clock clock;

    public Remittances(CodStore store, TransmissionPlanning network, Clock clock) {
        this.store = store;
        this.network = network;
        this.clock = clock;
    }

    /** The shipper's cycle, or the default (T+2 working days, fee not deducted). */
    public RemittanceCycle cycle(String shipper) {
        return store.cycle(shipper).orElse(RemittanceCycle.DEFAULT);
    }

    @Transactional
    public RemittanceCycle setCycle(String shipper, int cycleDays, boolean deductFee) {
        RemittanceCycle c = new RemittanceCycle(cycleDays, deductFee);
        store.putCycle(shipper, c, clock.instant());
        return c;
    }

    Predicate<LocalDate> workingDay() {
        var calendar = network.calendar();
        return calendar::isWorkingDay;
    }

    /** cutoffs[n]: the last collection day due on {@code runDate} for a cycle of n working days. */
    LocalDate[] cutoffs(LocalDate runDate) {
        Predicate<LocalDate> working = workingDay();
        LocalDate[] out = new LocalDate[RemittanceCycle.MAX_DAYS + 1];
        for (int n = 0; n <= RemittanceCycle.MAX_DAYS; n++) {
            out[n] = new RemittanceCycle(n, false).lastCollectionDayDueBy(runDate, working);
        }
        return out;
    }

    /**
     * The remittance run of a business date: for every shipper, one batch of every collected
     * article whose due date (collection day + the shipper's cycle in working days) is on or before
     * {@code runDate} and that no batch holds yet. Running it again the same day finds nothing new.
     */
    @Transactional
    public List<RemittanceBatch> runCycle(LocalDate runDate) {
        return runCycle(runDate, clock.instant());
    }

    /**
     * The same run recorded as made at {@code at} (a caller that keeps its own business time, as
     * the operations simulator does when it runs a day's remittances beside the next day's work).
     */
    @Transactional
    public List<RemittanceBatch> runCycle(LocalDate runDate, Instant at) {
        return store.remitDue(runDate, cutoffs(runDate), RemittanceCycle.DEFAULT, at);
    }

    /**
     * A batch of named articles for one shipper (an operator's manual remittance). Refused whole
     * (4xx, nothing written) when an article is unknown, another shipper's, not collected, or remitted already.
     */
    @Transactional
    public RemittanceBatch remit(String shipper, List<String> articles, LocalDate businessDate) {
        if (articles == null || articles.isEmpty()) {
            throw new InvalidValueException("articles", "[]", "name at least one collected article");
        }
        LinkedHashSet<String> keys = new LinkedHashSet<>();
        articles.forEach(a -> keys.add(a == null ? "" : a.strip()));
        Map<String, CodArticle> known = store.lock(keys);
        List<InvalidValueException> problems = new ArrayList<>();
        int i = 0;
        for (String a : keys) {
            String field = "articles[" + i++ + "]";
            CodArticle c = known.get(a);
            if (c == null || !c.shipper().equals(shipper)) {
                problems.add(new InvalidValueException(field, a, "no COD article " + a + " of shipper " + shipper));
            } else if (c.remittanceId().isPresent()) {
                throw new ConflictException(field, a, "article " + a + " was remitted already in batch " + c.remittanceId().get());
            } else if (c.collectedAt().isEmpty()) {
                problems.add(new InvalidValueException(field, a, "article " + a + " is not collected; only collected money is remitted"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return store.remitArticles(shipper, keys, businessDate, cycle(shipper), clock.instant());
    }

    public RemittanceBatch get(long id, Optional<String> shipper) {
        RemittanceBatch b = store.batch(id).filter(r -> shipper.isEmpty() || shipper.get().equals(r.shipper()))
                .orElseThrow(() -> new NotFoundException("id", Long.toString(id), "no remittance " + id));
        return b;
    }

    public List<RemittanceLine> lines(long id, Optional<String> shipper) {
        get(id, shipper);
        return store.lines(id);
    }

    public List<RemittanceBatch> list(Optional<String> shipper, LocalDate from, LocalDate to) {
        return store.batches(shipper, from, to);
    }

    /** The bank's reference of the transfer that paid the batch (once; the same reference again is a no-op). */
    @Transactional
    public RemittanceBatch recordPayment(long id, String bankReference, Optional<Instant> paidAt) {
        if (bankReference == null || !bankReference.strip().matches("[A-Za-z0-9/-]{6,40}")) {
            throw new InvalidValueException("bankReference", String.valueOf(bankReference),
                    "the bank's transfer reference (UTR): 6 to 40 letters, digits, '/' or '-'");
        }
        RemittanceBatch b = get(id, Optional.empty());
        if (b.bankReference().isPresent()) {
            if (b.bankReference().get().equals(bankReference.strip())) {
                return b;
            }
            throw new ConflictException("bankReference", bankReference, "remittance " + id + " was paid already with reference "
                    + b.bankReference().get());
        }
        try {
            store.recordPayment(id, bankReference.strip(), paidAt.orElseGet(clock::instant));
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw new ConflictException("bankReference", bankReference, "another remittance carries this bank reference");
        }
        return get(id, Optional.empty());
    }

    /** The shipper confirms it received the batch; only a paid batch can be confirmed. */
    @Transactional
    public RemittanceBatch confirm(long id, String shipper, Optional<Instant> at) {
        RemittanceBatch b = get(id, Optional.of(shipper));
        if (b.paidAt().isEmpty()) {
            throw new ConflictException("id", Long.toString(id), "remittance " + id + " is not paid yet (no bank reference)");
        }
        if (b.confirmedAt().isEmpty()) {
            store.confirm(id, shipper, at.orElseGet(clock::instant));
        }
        return get(id, Optional.of(shipper));
    }
}
