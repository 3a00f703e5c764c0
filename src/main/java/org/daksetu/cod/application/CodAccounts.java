package org.daksetu.cod.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.daksetu.booking.application.Scope;
import org.daksetu.booking.application.Shipments;
import org.daksetu.cod.domain.CodArticle;
import org.daksetu.cod.domain.CollectionMode;
import org.daksetu.cod.domain.CollectionRule;
import org.daksetu.shared.ConflictException;
import org.daksetu.shared.FieldProblem;
import org.daksetu.shared.InvalidValueException;
import org.daksetu.shared.Money;
import org.daksetu.shared.NotFoundException;
import org.daksetu.shared.ValidationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The COD articles from the delivery office to the door: what each office is to collect, the
 * delivery, and the collection with its ledger entry. Every method takes many articles and runs in
 * one transaction (joining the caller's); a refused item refuses the whole call, so nothing is
 * half applied and the ledger is untouched.
 */
@Service
public class CodAccounts {

    public static final ZoneId IST = ZoneId.of("Asia/Kolkata");
    public static final int MAX_BATCH = 50_000;

    /** A COD article arriving at its delivery office. */
    public record Expectation(String article, String shipper, long officeId, Money amount, Money fee, Instant bookedAt) {
    }

    /** What the postman records: the mode, the amount, the UPI reference; at a time (the business day is its IST date). */
    public record Collection(String article, String mode, Long amountPaise, String upiReference, Instant collectedAt) {
    }

    private final CodStore store;
    private final Shipments shipments;
    private final Clock clock;

    public CodAccounts(CodStore store, Shipments shipments, Clock clock) {
        this.store = store;
        this.shipments = shipments;
        this.clock = clock;
    }

    /** Registers COD articles at their delivery office (again: nothing changes). Answers how many were new. */
    @Transactional
    public int expect(List<Expectation> articles) {
        return store.expect(articles.stream().map(e -> new CodStore.Expected(e.article(), e.shipper(), e.officeId(),
                e.amount().paise(), e.fee().paise(), e.bookedAt())).toList());
    }

    /** Marks the articles delivered at their times (those cod does not know are prepaid and ignored). */
    @Transactional
    public void delivered(Map<String, Instant> deliveredAt) {
        store.markDelivered(deliveredAt);
    }

    /** The article is going back to its shipper: nothing will be collected on it. */
    @Transactional
    public void cancel(java.util.Collection<String> articles, Instant at) {
        store.cancel(articles, at);
    }

    /** The articles were re-addressed to a PIN of another office: that office collects now. */
    @Transactional
    public void relocate(java.util.Collection<String> articles, long officeId) {
        store.relocate(articles, officeId);
    }

    public Optional<CodArticle> find(String article) {
        return store.find(article);
    }

    /** Collections of articles delivered earlier (or in the same transaction, before this call). */
    @Transactional
    public List<CodArticle> collect(List<Collection> collections) {
        return collect(collections, Set.of());
    }

    /**
     * Records collections; {@code deliveredNow} names articles whose delivery the caller records in
     * the same request. Refuses the whole list (4xx) when one is wrong: an article cod does not
     * know or a prepaid one, collected before, not delivered, a wrong amount, a UPI payment without
     * its reference, or the same article twice in the list.
     */
    @Transactional
    public List<CodArticle> collect(List<Collection> collections, Set<String> deliveredNow) {
        if (collections.isEmpty()) {
            return List.of();
        }
        if (collections.size() > MAX_BATCH) {
            throw new InvalidValueException("collections", Integer.toString(collections.size()), "at most " + MAX_BATCH + " per call");
        }
        List<InvalidValueException> problems = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < collections.size(); i++) {
            Collection c = collections.get(i);
            String field = "collections[" + i + "]";
            if (c.article() == null || c.article().isBlank()) {
                problems.add(new InvalidValueException(field + ".article", String.valueOf(c.article()), "is required"));
            } else if (!seen.add(c.article().strip())) {
                throw new ConflictException(field + ".article", c.article(), "the article is collected twice in this request");
            } else {
                keys.add(c.article().strip());
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Map<String, CodArticle> known = store.lock(keys);
        List<CodStore.Collected> ok = new ArrayList<>();
        for (int i = 0; i < collections.size(); i++) {
            Collection c = collections.get(i);
            String field = "collections[" + i + "]";
            String article = c.article().strip();
            CodArticle a = known.get(article);
            if (a == null) {
                throw unknown(field, article);
            }
            try {
                CollectionMode mode = CollectionMode.parse(field + ".mode", c.mode());
                if (c.amountPaise() == null) {
                    throw new InvalidValueException(field + ".amountPaise", "null", "is required: the booked COD amount in paise");
                }
                CollectionRule.check(field, a, mode, Money.ofPaise(c.amountPaise()), Optional.ofNullable(c.upiReference()),
                        deliveredNow.contains(article));
                Instant at = c.collectedAt() != null ? c.collectedAt() : clock.instant();
                ok.add(new CodStore.Collected(article, a.shipper(), a.officeId(), c.amountPaise(), mode,
                        mode == CollectionMode.UPI ? Optional.of(c.upiReference().strip()) : Optional.empty(), at,
                        LocalDate.ofInstant(at, IST)));
            } catch (InvalidValueException e) {
                problems.add(e);
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        store.collect(ok, clock.instant());
        Map<String, CodArticle> after = store.lock(keys);
        return keys.stream().map(after::get).toList();
    }

    private FieldProblem unknown(String field, String article) {
        boolean prepaid;
        try {
            prepaid = !shipments.get(Scope.everyone(), article).order().payment().isCod();
        } catch (NotFoundException | InvalidValueException e) {
            return new NotFoundException(field + ".article", article, "no COD article " + article + " has reached a delivery office");
        }
        if (prepaid) {
            return new ConflictException(field + ".article", article, "article " + article + " is prepaid: there is nothing to collect");
        }
        return new NotFoundException(field + ".article", article, "COD article " + article + " has not reached its delivery office yet");
    }
}
