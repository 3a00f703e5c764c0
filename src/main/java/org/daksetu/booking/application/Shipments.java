package org.daksetu.booking.application;

import java.time.Clock;
import java.util.Optional;
import org.daksetu.booking.domain.IndianTime;
import org.daksetu.booking.domain.Shipment;
import org.daksetu.booking.domain.ShipmentStatus;
import org.daksetu.shared.ArticleNumber;
import org.daksetu.shared.ConflictException;
import org.daksetu.shared.NotFoundException;
import org.daksetu.shared.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading and cancelling shipments, always within the caller's scope. */
@Service
public class Shipments {

    public static final int MAX_PAGE_SIZE = 200;

    private final ShipmentStore store;
    private final Clock clock;
    private final org.daksetu.tracking.application.Articles tracking;

    public Shipments(ShipmentStore store, Clock clock, org.daksetu.tracking.application.Articles tracking) {
        this.store = store;
        this.clock = clock;
        this.tracking = tracking;
    }

    /** A shipment the caller may see; another shipper's is answered as not found. */
    public Shipment get(Scope scope, String articleNumber) {
        ArticleNumber number = ArticleNumber.parse(articleNumber);
        return store.find(scope, number).orElseThrow(() -> notFound(articleNumber));
    }

    /**
     * Many shipments at once, by article number (for the last mile's batch calls); numbers that
     * are malformed, unknown or outside the scope are simply absent from the answer.
     */
    public java.util.Map<String, Shipment> getAll(Scope scope, java.util.Collection<String> articleNumbers) {
        return byArticle(articleNumbers, numbers -> store.findAll(scope, numbers), Shipment::articleNumber);
    }

    /**
     * As {@link #getAll}, with only what the last mile needs of each shipment (no addresses,
     * charges or itinerary to read and parse): a delivery office receives tens of thousands a day.
     */
    public java.util.Map<String, ShipmentForDelivery> getAllForDelivery(Scope scope, java.util.Collection<String> articleNumbers) {
        return byArticle(articleNumbers, numbers -> store.findAllForDelivery(scope, numbers), ShipmentForDelivery::articleNumber);
    }

    /** The well-formed numbers looked up at once, the answers keyed by article number. */
    private <T> java.util.Map<String, T> byArticle(java.util.Collection<String> articleNumbers,
                                                   java.util.function.Function<java.util.List<ArticleNumber>, ? extends Iterable<T>> find,
                                                   java.util.function.Function<T, ArticleNumber> numberOf) {
        java.util.List<ArticleNumber> numbers = parseAll(articleNumbers);
        java.util.Map<String, T> out = new java.util.HashMap<>();
        if (!numbers.isEmpty()) {
            find.apply(numbers).forEach(s -> out.put(numberOf.apply(s).value(), s));
        }
        return out;
    }

    /** The well-formed numbers; malformed ones are absent from the answers. */
    private static java.util.List<ArticleNumber> parseAll(java.util.Collection<String> articleNumbers) {
        java.util.List<ArticleNumber> numbers = new java.util.ArrayList<>();
        for (String a : articleNumbers) {
            try {
                numbers.add(ArticleNumber.parse(a));
            } catch (org.daksetu.shared.InvalidValueException e) {
                // absent from the answer
            }
        }
        return numbers;
    }

    public Page<Shipment> list(Scope scope, ShipmentFilter filter, int page, int size) {
        Violations v = new Violations();
        if (page < 0) {
            v.add("page", page, "pages count from 0");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            v.add("size", size, "is 1 to " + MAX_PAGE_SIZE);
        }
        v.throwIfAny();
        return store.list(scope, filter, page, size);
    }

    /**
     * Cancels a shipment until it is picked up. Cancelling a cancelled shipment changes nothing; a
     * picked-up one is refused (409): from then on only a return can bring it back. Tracking
     * records the cancellation in the same transaction, so the shipper's feed reports it.
     */
    @Transactional
    public Shipment cancel(String shipper, String articleNumber, Optional<String> reason) {
        Scope scope = Scope.of(shipper);
        Shipment shipment = get(scope, articleNumber);
        if (reason.isPresent() && reason.get().length() > 200) {
            new Violations().add("reason", reason.get(), "is at most 200 characters").throwIfAny();
        }
        refuseIfPickedUp(shipment);
        if (shipment.status() == ShipmentStatus.CANCELLED) {
            return shipment;
        }
        java.time.OffsetDateTime now = IndianTime.now(clock);
        if (!store.cancel(shipment.id(), reason.orElse("cancelled by the shipper"), now)) {
            // Picked up between our read and our update.
            refuseIfPickedUp(get(scope, articleNumber));
            return get(scope, articleNumber);
        }
        tracking.cancel(org.daksetu.tracking.domain.ArticleNumber.parse(shipment.articleNumber().value()), now);
        return get(scope, articleNumber);
    }

    private static void refuseIfPickedUp(Shipment s) {
        s.cancellationRefusal().ifPresent(why -> {
            throw new ConflictException("articleNumber", s.articleNumber().value(), why);
        });
    }

    static NotFoundException notFound(String articleNumber) {
        return new NotFoundException("articleNumber", articleNumber, "no shipment of yours has article number " + articleNumber);
    }
}
