package org.daksetu.booking.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.daksetu.booking.domain.IndianTime;
import org.daksetu.booking.domain.Manifest;
import org.daksetu.booking.domain.ManifestLine;
import org.daksetu.booking.domain.Pickup;
import org.daksetu.booking.domain.PickupRules;
import org.daksetu.booking.domain.PickupStatus;
import org.daksetu.booking.domain.ShipmentStatus;
import org.daksetu.network.application.PickupPoints;
import org.daksetu.network.domain.PickupPoint;
import org.daksetu.platform.security.Parties;
import org.daksetu.shared.ArticleNumber;
import org.daksetu.shared.ConflictException;
import org.daksetu.shared.InvalidValueException;
import org.daksetu.shared.NotFoundException;
import org.daksetu.shared.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pickups and their manifests. A shipper schedules a pickup at one of its pickup points for a
 * date, closes the manifest when the vehicle comes (every booked parcel at that point not yet on a
 * manifest, or the ones it names), and India Post confirms the handover, naming any parcel on the
 * manifest it did not receive: those go back to waiting, the rest count as picked up.
 */
@Service
public class Pickups {

    private final PickupStore pickups;
    private final ShipmentStore shipments;
    private final ShipperPickupPoints shipperPickupPoints;
    private final PickupPoints pickupPoints;
    private final Parties parties;
    private final Clock clock;

    public Pickups(PickupStore pickups, ShipmentStore shipments, ShipperPickupPoints shipperPickupPoints,
                   PickupPoints pickupPoints, Parties parties, Clock clock) {
        this.pickups = pickups;
        this.shipments = shipments;
        this.shipperPickupPoints = shipperPickupPoints;
        this.pickupPoints = pickupPoints;
        this.parties = parties;
        this.clock = clock;
    }

    public Pickup schedule(String shipper, String pickupPointCode, String dateText) {
        Violations v = new Violations();
        PickupPoint point = null;
        if (pickupPointCode == null || pickupPointCode.isBlank()) {
            v.add("pickupPoint", pickupPointCode, "is required");
        } else if (!shipperPickupPoints.of(shipper).contains(pickupPointCode)) {
            v.add("pickupPoint", pickupPointCode, "is not one of your pickup points");
        } else {
            point = pickupPoints.get(pickupPointCode);
        }
        LocalDate today = IndianTime.today(clock);
        LocalDate date = today;
        if (dateText != null && !dateText.isBlank()) {
            try {
                date = LocalDate.parse(dateText.strip());
            } catch (java.time.DateTimeException e) {
                v.add("date", dateText, "is a date like " + today);
            }
        }
        if (v.isEmpty()) {
            LocalDate day = date;
            PickupRules.refuseSchedule(point, day, today).ifPresent(why -> v.add("date", day, why));
        }
        v.throwIfAny();
        LocalDate day = date;
        return pickups.insert(shipper, point.code(), day, IndianTime.now(clock)).orElseThrow(() -> {
            Pickup existing = pickups.active(shipper, pickupPointCode, day).orElseThrow();
            return new ConflictException("date", day.toString(), "pickup " + existing.id() + " is scheduled at "
                    + pickupPointCode + " on " + day + " already");
        });
    }

    public Pickup get(Scope scope, long id) {
        return pickups.find(scope, id).orElseThrow(() -> notFound(id));
    }

    public List<Pickup> list(Scope scope, Optional<LocalDate> date, Optional<String> pickupPoint, Optional<PickupStatus> status) {
        return pickups.list(scope, date, pickupPoint, status);
    }

    /**
     * Closes the manifest: the parcels go on it and the pickup waits for the handover. An empty
     * manifest is refused: there is nothing to hand over.
     */
    @Transactional
    public Manifest closeManifest(String shipper, long id, Optional<List<String>> articleNumbers) {
        close(shipper, id, articleNumbers);
        return manifest(Scope.of(shipper), id);
    }

    /**
     * {@link #closeManifest} for a caller that does not read the manifest back (the operations
     * simulator): the same checks and changes, answering how many parcels went on it.
     */
    @Transactional
    public int close(String shipper, long id, Optional<List<String>> articleNumbers) {
        Pickup pickup = lockVisible(Scope.of(shipper), id);
        PickupRules.refuseManifest(pickup).ifPresent(why -> {
            throw new ConflictException("id", Long.toString(id), why);
        });
        Optional<Collection<ArticleNumber>> only = articleNumbers.map(list -> parse("articleNumbers", list));
        List<ArticleNumber> attached = shipments.attach(id, shipper, pickup.pickupPoint(), only);
        if (only.isPresent() && attached.size() != only.get().size()) {
            Violations v = new Violations();
            List<String> given = articleNumbers.orElseThrow();
            for (int i = 0; i < given.size(); i++) {
                if (!attached.contains(ArticleNumber.parse(given.get(i)))) {
                    v.add("articleNumbers[" + i + "]", given.get(i), "is not a booked shipment of yours at " + pickup.pickupPoint()
                            + " waiting for a pickup");
                }
            }
            v.throwIfAny();
        }
        if (attached.isEmpty()) {
            throw new ConflictException("id", Long.toString(id), "no booked shipment at " + pickup.pickupPoint()
                    + " is waiting for a pickup: there is nothing to put on the manifest");
        }
        pickups.manifested(id, IndianTime.now(clock));
        return attached.size();
    }

    public Manifest manifest(Scope scope, long id) {
        Pickup pickup = get(scope, id);
        if (pickup.status() == PickupStatus.SCHEDULED || pickup.status() == PickupStatus.CANCELLED) {
            throw new ConflictException("id", Long.toString(id), "pickup " + id + " has no manifest"
                    + (pickup.status() == PickupStatus.SCHEDULED ? " yet: close it first (POST /api/v1/pickups/" + id + "/manifest)" : ": it was cancelled"));
        }
        PickupPoint point = pickupPoints.get(pickup.pickupPoint());
        return new Manifest(pickup, parties.get(pickup.shipper()).name(), point.name(),
                point.address() + ", " + point.city() + " " + point.pin(), shipments.manifestLines(id));
    }

    /**
     * The postal operator confirms it received the parcels of a manifest. Parcels it names as
     * missing go back to waiting for a pickup; every other booked parcel on the manifest is then
     * picked up and can no longer be cancelled.
     */
    @Transactional
    public Manifest confirmHandover(long id, List<String> missing, String confirmedBy) {
        handOver(id, missing, confirmedBy);
        return manifest(Scope.everyone(), id);
    }

    /**
     * {@link #confirmHandover} for a caller that does not read the manifest back (the operations
     * simulator): the same checks and changes, answering how many parcels were picked up.
     */
    @Transactional
    public int handOver(long id, List<String> missing, String confirmedBy) {
        Pickup pickup = lockVisible(Scope.everyone(), id);
        PickupRules.refuseHandover(pickup, IndianTime.today(clock)).ifPresent(why -> {
            throw new ConflictException("id", Long.toString(id), why);
        });
        Collection<ArticleNumber> missingNumbers = parse("missing", missing);
        if (!missingNumbers.isEmpty()) {
            Set<ArticleNumber> onManifest = new LinkedHashSet<>();
            for (ManifestLine line : shipments.manifestLines(id)) {
                if (line.status() == ShipmentStatus.BOOKED) {
                    onManifest.add(line.articleNumber());
                }
            }
            Violations v = new Violations();
            int i = 0;
            for (ArticleNumber n : missingNumbers) {
                if (!onManifest.contains(n)) {
                    v.add("missing[" + i + "]", n, "is not a booked parcel on manifest " + pickup.manifestNumber());
                }
                i++;
            }
            v.throwIfAny();
            shipments.release(id, Optional.of(missingNumbers));
        }
        OffsetDateTime now = IndianTime.now(clock);
        int pickedUp = shipments.pickUp(id, now);
        pickups.handedOver(id, now, confirmedBy, missingNumbers.stream().map(ArticleNumber::value).toList());
        return pickedUp;
    }

    /** Cancels a pickup before the handover; its parcels wait for the next one. */
    @Transactional
    public Pickup cancel(String shipper, long id) {
        Pickup pickup = lockVisible(Scope.of(shipper), id);
        PickupRules.refuseCancel(pickup).ifPresent(why -> {
            throw new ConflictException("id", Long.toString(id), why);
        });
        if (pickup.status() != PickupStatus.CANCELLED) {
            shipments.release(id, Optional.empty());
            pickups.cancelled(id);
        }
        return get(Scope.of(shipper), id);
    }

    public List<String> missing(long id) {
        return pickups.missing(id);
    }

    private Pickup lockVisible(Scope scope, long id) {
        Pickup pickup = pickups.lock(id).orElseThrow(() -> notFound(id));
        if (!scope.covers(pickup.shipper())) {
            throw notFound(id);
        }
        return pickup;
    }

    private static Collection<ArticleNumber> parse(String field, List<String> numbers) {
        if (numbers == null) {
            return List.of();
        }
        Violations v = new Violations();
        Set<ArticleNumber> out = new LinkedHashSet<>();
        for (int i = 0; i < numbers.size(); i++) {
            try {
                if (!out.add(ArticleNumber.parse(numbers.get(i)))) {
                    v.add(field + "[" + i + "]", numbers.get(i), "is given twice");
                }
            } catch (InvalidValueException e) {
                v.add(e.at(field + "[" + i + "]"));
            }
        }
        v.throwIfAny();
        return new ArrayList<>(out);
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("id", Long.toString(id), "no pickup of yours has id " + id);
    }
}
