package org.daksetu.capacity.application;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.daksetu.capacity.domain.Room;
import org.daksetu.capacity.domain.WaitingBag;

/**
 * Where capacity keeps offers, bags and their departures, and overflows. Times are India Standard
 * Time wall-clock ({@link LocalDateTime}); the store keeps them as instants.
 */
public interface CapacityStore {

    /** Serialises allocation runs and offer changes for the rest of the transaction. */
    void lock();

    record Offer(long id, String party, String laneId, LocalDateTime departsAt, String truck, Room room,
                 Optional<String> terms, String status, LocalDateTime createdAt, LocalDateTime updatedAt,
                 Optional<LocalDateTime> withdrawnAt) {
        public boolean open() {
            return status.equals("OPEN");
        }
    }

    Offer addOffer(String party, String laneId, LocalDateTime departsAt, String truck, Room room, Optional<String> terms,
                   LocalDateTime at);

    Optional<Offer> offer(long id);

    Offer changeOffer(long id, LocalDateTime departsAt, String truck, Room room, Optional<String> terms, LocalDateTime at);

    void withdrawOffer(long id, LocalDateTime at);

    /** Offers whose departure lies in [from, to), of one party and lane when given, in departure order. */
    List<Offer> offers(Optional<String> party, Optional<String> laneId, LocalDateTime from, LocalDateTime to);

    /** Open offers on the given lanes departing in [from, to). */
    List<Offer> openOffers(Collection<String> laneIds, LocalDateTime from, LocalDateTime to);

    record NewBag(String bag, String hub, String laneId, LocalDateTime closedAt, int kg, int parcels, LocalDate earliestEdd,
                  LocalDateTime plannedDeparture) {
    }

    record BagArticle(String bag, String article, String shipperId, LocalDate edd) {
    }

    /** Which of these bags are known already. */
    Set<String> knownBags(Collection<String> bags);

    void addBags(List<NewBag> bags, List<BagArticle> articles);

    /** Bags with no departure yet, of the given lanes (all lanes when empty). */
    List<WaitingBag> waiting(Optional<Collection<String>> laneIds);

    /** A bag on a departure, as allocated. */
    record Allocated(WaitingBag bag, LocalDateTime departsAt, Optional<Long> offerId, int delayDays) {
    }

    /** Bags allocated to departures leaving after {@code at}, of the given lanes (all when empty). */
    List<Allocated> allocatedAfter(Optional<Collection<String>> laneIds, LocalDateTime at);

    record Used(String laneId, LocalDateTime departsAt, Optional<Long> offerId, int bags, int kg) {
    }

    /** Bags and kg already allocated per departure (own or offer) of the lanes, departing in [from, to). */
    List<Used> used(Collection<String> laneIds, LocalDateTime from, LocalDateTime to);

    /** A bag's new departure; {@code departsAt} null takes it off its departure (it waits again). */
    record Placed(String bag, LocalDateTime departsAt, Optional<Long> offerId, int delayDays) {
    }

    void place(List<Placed> placed, LocalDateTime at);

    record Overflow(String bag, String laneId, LocalDateTime plannedDeparture, Optional<LocalDateTime> departure,
                    int delayDays, int parcels, String cause) {
    }

    void addOverflows(List<Overflow> overflows, LocalDateTime at);

    List<BagArticle> articles(Collection<String> bags);

    /** Takes every bag off an offer (they wait again); returns the bags and the hub of each. */
    List<String> release(long offerId);

    record BagView(String bag, String hub, String laneId, LocalDateTime closedAt, int kg, int parcels,
                   LocalDate earliestEdd, LocalDateTime plannedDeparture, Optional<LocalDateTime> departure,
                   Optional<Long> offerId, int delayDays) {
    }

    Optional<BagView> bag(String bag);

    /** Who used an offer: its bags with the parcels of each shipper in them. */
    record OfferUse(String bag, String hub, int kg, int parcels, String shipperId, int shipperParcels) {
    }

    List<OfferUse> uses(long offerId);

    // ---- reports (IST days)

    record LaneDayUse(String laneId, LocalDate day, boolean own, int bags, int kg, int parcels) {
    }

    List<LaneDayUse> laneDayUse(LocalDate from, LocalDate to, Optional<String> laneId);

    record OverflowDay(String laneId, LocalDate day, String cause, int bags, int parcels, long parcelDelayDays) {
    }

    List<OverflowDay> overflows(LocalDate from, LocalDate to);
}
