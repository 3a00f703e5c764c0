package org.daksetu.booking.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.daksetu.booking.domain.BookingContext;
import org.daksetu.booking.domain.BookingRules;
import org.daksetu.booking.domain.Charges;
import org.daksetu.booking.domain.Checked;
import org.daksetu.booking.domain.IndianTime;
import org.daksetu.booking.domain.NewShipment;
import org.daksetu.booking.domain.OrderFingerprint;
import org.daksetu.booking.domain.Pricing;
import org.daksetu.booking.domain.Service;
import org.daksetu.booking.domain.Shipment;
import org.daksetu.booking.domain.ShipmentDraft;
import org.daksetu.booking.domain.ShipmentOrder;
import org.daksetu.booking.domain.ShipmentStatus;
import org.daksetu.booking.domain.TariffVersion;
import org.daksetu.network.application.DeliveryPromises;
import org.daksetu.network.application.NetworkDirectory;
import org.daksetu.network.domain.NetworkSnapshot;
import org.daksetu.network.domain.PickupPoint;
import org.daksetu.network.domain.PinProfile;
import org.daksetu.network.domain.routing.DeliveryPromise;
import org.daksetu.shared.ArticleNumber;
import org.daksetu.shared.InvalidValueException;
import org.daksetu.shared.NotFoundException;
import org.daksetu.shared.Pin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Books shipments, one or up to 10,000 at a time, with the same path for both: every draft is
 * checked against the booking rules; drafts whose order reference the shipper booked before are
 * answered with that first shipment (or refused when their details differ); the rest are promised
 * by routing, priced, numbered and stored in one transaction. Accepted shipments are stored even
 * when others of the request are refused; a refused one leaves nothing behind.
 */
@org.springframework.stereotype.Service
public class ShipmentBooking {

    public static final int MAX_PER_REQUEST = 10_000;
    private static final Logger log = LoggerFactory.getLogger(ShipmentBooking.class);

    private final NetworkDirectory network;
    private final org.daksetu.network.application.PickupPoints pickupPoints;
    private final ShipperPickupPoints shipperPickupPoints;
    private final DeliveryPromises promises;
    private final Tariffs tariffs;
    private final ArticleNumbers articleNumbers;
    private final ShipmentStore store;
    private final Clock clock;
    private final org.daksetu.tracking.application.Articles tracking;
    private final org.springframework.transaction.support.TransactionTemplate transaction;

    public ShipmentBooking(NetworkDirectory network, org.daksetu.network.application.PickupPoints pickupPoints, ShipperPickupPoints shipperPickupPoints,
                           DeliveryPromises promises, Tariffs tariffs, ArticleNumbers articleNumbers, ShipmentStore store,
                           Clock clock, org.daksetu.tracking.application.Articles tracking,
                           org.springframework.transaction.PlatformTransactionManager transactions) {
        this.tracking = tracking;
        this.transaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.network = network;
        this.pickupPoints = pickupPoints;
        this.shipperPickupPoints = shipperPickupPoints;
        this.promises = promises;
        this.tariffs = tariffs;
        this.articleNumbers = articleNumbers;
        this.store = store;
        this.clock = clock;
    }

    /** A shipment that passed the rules, on its way to being stored. */
    private static final class Candidate {
        final int index;
        final Checked.Accepted accepted;
        final byte[] fingerprint;
        DeliveryPromise promise;
        Charges charges;
        ArticleNumbers.Allocated number;

        Candidate(int index, Checked.Accepted accepted) {
            this.index = index;
            this.accepted = accepted;
            this.fingerprint = OrderFingerprint.of(accepted.order());
        }

        ShipmentOrder order() {
            return accepted.order();
        }
    }

    public List<BookingResult> book(String shipper, List<ShipmentDraft> drafts) {
        long started = System.nanoTime();
        OffsetDateTime now = IndianTime.now(clock);
        BookingContext context = context(shipper, now.toLocalDate());
        BookingResult[] results = new BookingResult[drafts.size()];
        List<Candidate> candidates = checkRules(drafts, context, results);
        answerRepeats(shipper, candidates, results);
        checkOwnNumbers(shipper, candidates, results);
        TariffVersion tariff = tariffs.inForceOn(now.toLocalDate());
        promiseAndPrice(candidates, tariff, now, results);
        number(candidates);
        store(shipper, candidates, now, results);
        List<BookingResult> out = Arrays.asList(results);
        if (drafts.size() > 1) {
            long booked = out.stream().filter(r -> r instanceof BookingResult.Booked b && !b.replayed()).count();
            log.info("Bulk booking for {}: {} shipments, {} booked, {} refused, {} repeated, in {} ms", shipper, drafts.size(), booked,
                    out.stream().filter(r -> r instanceof BookingResult.Refused).count(), drafts.size() - booked
                            - out.stream().filter(r -> r instanceof BookingResult.Refused).count(),
                    (System.nanoTime() - started) / 1_000_000);
        }
        return out;
    }

    /** The world as the rules see it for this shipper today. */
    BookingContext context(String shipper, LocalDate today) {
        NetworkSnapshot snapshot = network.snapshot();
        Set<String> ownPoints = shipperPickupPoints.usedBy(shipper);
        return new BookingContext() {
            @Override
            public Optional<PinProfile> destination(Pin pin) {
                return snapshot.profile(pin);
            }

            @Override
            public Optional<PickupPoint> pickupPoint(String code) {
                return pickupPoints.find(code);
            }

            @Override
            public boolean shipperUses(String code) {
                return ownPoints.contains(code);
            }

            @Override
            public LocalDate today() {
                return today;
            }
        };
    }

    private List<Candidate> checkRules(List<ShipmentDraft> drafts, BookingContext context, BookingResult[] results) {
        List<Candidate> candidates = new ArrayList<>(drafts.size());
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            ShipmentDraft draft = drafts.get(i);
            switch (BookingRules.check(draft, context)) {
                case Checked.Rejected r -> results[i] = new BookingResult.Refused(i, reference(draft), r.problems());
                case Checked.Accepted a -> {
                    Integer first = firstIndex.putIfAbsent(a.order().orderReference(), i);
                    if (first != null) {
                        results[i] = refused(i, a.order().orderReference(), "orderReference", a.order().orderReference(),
                                "appears twice in this request (first at index " + first + "); an order reference is booked once");
                    } else {
                        candidates.add(new Candidate(i, a));
                    }
                }
            }
        }
        return candidates;
    }

    /** Order references the shipper booked before: the same order is answered with its first booking. */
    private void answerRepeats(String shipper, List<Candidate> candidates, BookingResult[] results) {
        if (candidates.isEmpty()) {
            return;
        }
        Map<String, Shipment> existing = store.byOrderReferences(shipper, candidates.stream().map(c -> c.order().orderReference()).toList());
        for (Iterator<Candidate> it = candidates.iterator(); it.hasNext(); ) {
            Candidate c = it.next();
            Shipment first = existing.get(c.order().orderReference());
            if (first != null) {
                results[c.index] = repeat(c, first);
                it.remove();
            }
        }
    }

    private BookingResult repeat(Candidate c, Shipment first) {
        if (Arrays.equals(OrderFingerprint.of(first.order()), c.fingerprint)) {
            return new BookingResult.Booked(c.index, first, true);
        }
        return conflict(c.index, c.order().orderReference(), "orderReference", c.order().orderReference(),
                "was booked already as " + first.articleNumber() + " with other details; an order reference is booked once"
                        + " (cancel it and book under a new reference to change it)");
    }

    /** Numbers the shipper printed itself must come from its own valid reservations and be unused. */
    private void checkOwnNumbers(String shipper, List<Candidate> candidates, BookingResult[] results) {
        List<Candidate> own = candidates.stream().filter(c -> c.order().ownArticleNumber().isPresent()).toList();
        if (own.isEmpty()) {
            return;
        }
        List<Reservation> valid = articleNumbers.validReservations(shipper);
        Map<ArticleNumber, Integer> seen = new HashMap<>();
        List<ArticleNumbers.Allocated> wanted = new ArrayList<>();
        for (Candidate c : own) {
            ArticleNumber number = c.order().ownArticleNumber().orElseThrow();
            Optional<ArticleNumbers.Allocated> reserved = articleNumbers.reservedBy(valid, c.order().service(), number);
            Integer first = seen.putIfAbsent(number, c.index);
            if (reserved.isEmpty()) {
                results[c.index] = refused(c.index, c.order().orderReference(), "articleNumber", number.value(),
                        "is not among the numbers you reserved for " + c.order().service() + " (or the reservation has expired)");
            } else if (first != null) {
                results[c.index] = refused(c.index, c.order().orderReference(), "articleNumber", number.value(),
                        "appears twice in this request (first at index " + first + ")");
            } else {
                c.number = reserved.get();
                wanted.add(reserved.get());
            }
        }
        Set<ArticleNumber> used = wanted.isEmpty() ? Set.of() : store.inUse(wanted);
        for (Candidate c : own) {
            if (c.number != null && used.contains(c.number.number())) {
                results[c.index] = conflict(c.index, c.order().orderReference(), "articleNumber", c.number.number().value(),
                        "is on another shipment already");
            }
        }
        candidates.removeIf(c -> results[c.index] != null);
    }

    private void promiseAndPrice(List<Candidate> candidates, TariffVersion tariff, OffsetDateTime now, BookingResult[] results) {
        for (Iterator<Candidate> it = candidates.iterator(); it.hasNext(); ) {
            Candidate c = it.next();
            ShipmentOrder o = c.order();
            try {
                c.promise = promises.promise(o.pickupPoint(), o.consignee().pin(), now);
            } catch (InvalidValueException e) {
                results[c.index] = refused(c.index, o.orderReference(), promiseField(e.field()), e.value(), e.rule());
                it.remove();
                continue;
            } catch (NotFoundException e) {
                results[c.index] = refused(c.index, o.orderReference(), promiseField(e.field()), e.value(), e.getMessage());
                it.remove();
                continue;
            }
            c.charges = Pricing.price(tariff, o.service(), c.promise.zone(), o.parcel(), o.payment(), o.otpDelivery());
        }
    }

    /** Routing names its inputs "from" (the pickup point) and "to" (the PIN); booking names them as the shipper sent them. */
    static String promiseField(String field) {
        return switch (field == null ? "" : field) {
            case "to", "pin" -> "consignee.pin";
            case "from" -> "pickupPoint";
            default -> field;
        };
    }

    /** New numbers for those without their own: per service, in one allocation each. */
    private void number(List<Candidate> candidates) {
        Map<Service, List<Candidate>> byService = new EnumMap<>(Service.class);
        for (Candidate c : candidates) {
            if (c.number == null) {
                byService.computeIfAbsent(c.order().service(), s -> new ArrayList<>()).add(c);
            }
        }
        for (var entry : byService.entrySet()) {
            List<ArticleNumbers.Allocated> numbers = articleNumbers.allocate(entry.getKey(), entry.getValue().size());
            for (int i = 0; i < numbers.size(); i++) {
                entry.getValue().get(i).number = numbers.get(i);
            }
        }
    }

    private void store(String shipper, List<Candidate> candidates, OffsetDateTime now, BookingResult[] results) {
        if (candidates.isEmpty()) {
            return;
        }
        List<NewShipment> rows = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            rows.add(new NewShipment(shipper, c.number.number(), c.number.cycle(), c.order(), c.charges, c.promise, now, c.fingerprint));
        }
        // The shipments and their registration for tracking commit together: a booked parcel is
        // always trackable, and a parcel that is not booked is never tracked.
        Map<String, Long> ids = transaction.execute(status -> {
            Map<String, Long> inserted = store.insertAll(rows);
            List<org.daksetu.tracking.application.ArticleRegistration> registrations = new ArrayList<>(inserted.size());
            for (Candidate c : candidates) {
                if (inserted.containsKey(c.order().orderReference())) {
                    registrations.add(trackingRegistration(shipper, c, now));
                }
            }
            tracking.registerAll(registrations);
            return inserted;
        });
        List<Candidate> raced = new ArrayList<>();
        for (Candidate c : candidates) {
            Long id = ids.get(c.order().orderReference());
            if (id == null) {
                raced.add(c);
            } else {
                results[c.index] = new BookingResult.Booked(c.index, new Shipment(id, shipper, c.number.number(), c.order(),
                        c.charges, c.promise, ShipmentStatus.BOOKED, now, Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty()), false);
            }
        }
        if (!raced.isEmpty()) {
            // Another request booked these order references between our check and our insert.
            Map<String, Shipment> existing = store.byOrderReferences(shipper, raced.stream().map(c -> c.order().orderReference()).toList());
            for (Candidate c : raced) {
                Shipment first = existing.get(c.order().orderReference());
                results[c.index] = first != null ? repeat(c, first) : conflict(c.index, c.order().orderReference(), "articleNumber",
                        c.number.number().value(), "was put on another shipment at the same moment");
            }
        }
    }

    private static org.daksetu.tracking.application.ArticleRegistration trackingRegistration(String shipper, Candidate c,
                                                                                             OffsetDateTime now) {
        return new org.daksetu.tracking.application.ArticleRegistration(
                org.daksetu.tracking.domain.ArticleNumber.parse(c.number.number().value()), shipper, c.order().pickupPoint(),
                c.order().consignee().pin(), c.order().payment().codAmount().paise(), now, c.promise.itinerary(), c.promise.edd());
    }

    private static BookingResult.Refused refused(int index, String reference, String field, String value, String rule) {
        return new BookingResult.Refused(index, reference, List.of(new InvalidValueException(field, value, rule)));
    }

    private static BookingResult.Refused conflict(int index, String reference, String field, String value, String rule) {
        return new BookingResult.Refused(index, reference, List.of(new InvalidValueException(field, value, rule)), true);
    }

    private static String reference(ShipmentDraft draft) {
        return draft == null || draft.orderReference() == null ? null : draft.orderReference().strip();
    }
}
