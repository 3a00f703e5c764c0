package org.daksetu.booking.application;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.daksetu.booking.domain.ManifestLine;
import org.daksetu.booking.domain.NewShipment;
import org.daksetu.booking.domain.Shipment;
import org.daksetu.shared.ArticleNumber;

/** Shipments in PostgreSQL. Every read takes the caller's scope. */
public interface ShipmentStore {

    /** The shipper's shipments with these order references, by reference. */
    Map<String, Shipment> byOrderReferences(String shipper, Collection<String> orderReferences);

    /** Which of these numbers (in their cycle) a shipment carries already. */
    Set<ArticleNumber> inUse(Collection<ArticleNumbers.Allocated> numbers);

    /**
     * Stores the shipments in one transaction, all or none. A shipment whose order reference the
     * shipper has used meanwhile (a concurrent retry) is skipped, not an error.
     *
     * @return the id of each stored shipment by order reference; skipped ones are absent
     */
    Map<String, Long> insertAll(List<NewShipment> shipments);

    Optional<Shipment> find(Scope scope, ArticleNumber articleNumber);

    List<Shipment> findAll(Scope scope, Collection<ArticleNumber> articleNumbers);

    /** As {@link #findAll}, each shipment's newest cycle, with only what the last mile needs of it. */
    List<ShipmentForDelivery> findAllForDelivery(Scope scope, Collection<ArticleNumber> articleNumbers);

    Page<Shipment> list(Scope scope, ShipmentFilter filter, int page, int size);

    /** Cancels a booked shipment; false when it is no longer booked. */
    boolean cancel(long id, String reason, OffsetDateTime at);

    /** The shipments on a pickup's manifest, in the order they were booked. */
    List<ManifestLine> manifestLines(long pickupId);

    /** The booked shipments on a pickup's manifest (for labels). */
    List<Shipment> onPickup(long pickupId);

    /**
     * Puts the shipper's booked shipments at the pickup point that are on no manifest yet onto the
     * pickup's (all of them, or only the given numbers).
     *
     * @return the numbers put on the manifest
     */
    List<ArticleNumber> attach(long pickupId, String shipper, String pickupPoint, Optional<Collection<ArticleNumber>> only);

    /** Takes shipments off a pickup's manifest (all, or only the given ones); they wait for the next pickup. */
    int release(long pickupId, Optional<Collection<ArticleNumber>> only);

    /** Marks every booked shipment of a pickup as picked up. */
    int pickUp(long pickupId, OffsetDateTime at);
}
