package org.daksetu.tracking.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.daksetu.network.application.NetworkDirectory;
import org.daksetu.network.application.PickupPoints;
import org.daksetu.network.domain.PickupPoint;
import org.daksetu.shared.InvalidValueException;
import org.daksetu.shared.Pin;
import org.daksetu.tracking.domain.ArticleNumber;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bulk customer's feed file into intake, with one check more than other channels: each line
 * also says the article's booking PIN, destination PIN and COD amount, and a line that contradicts
 * the article's registration is not applied but quarantined, with a reason naming each field and
 * both values (the file's and the registration's). Such a line usually means the scan was keyed
 * against the wrong article; applying it would move the wrong parcel.
 */
@Service
public class BulkFeedIntake {

    private final ScanIntake intake;
    private final TrackingStore store;
    private final PickupPoints pickupPoints;
    private final NetworkDirectory network;
    private final Clock clock;

    public BulkFeedIntake(ScanIntake intake, TrackingStore store, PickupPoints pickupPoints, NetworkDirectory network,
                          Clock clock) {
        this.intake = intake;
        this.store = store;
        this.pickupPoints = pickupPoints;
        this.network = network;
        this.clock = clock;
    }

    /** Where an article handed over at this pickup point may say it was booked: its PIN, its post office's. */
    private List<Pin> bookingPins(String pickupPoint) {
        Optional<PickupPoint> point = pickupPoints.find(pickupPoint);
        if (point.isEmpty()) {
            return List.of();
        }
        List<Pin> pins = new ArrayList<>(2);
        pins.add(point.get().pin());
        try {
            Pin office = network.office(point.get().officeId()).pin();
            if (!office.equals(point.get().pin())) {
                pins.add(office);
            }
        } catch (RuntimeException e) {
            // the office left the network: the pickup point's own PIN is what is known
        }
        return pins;
    }

    /** At most {@link ScanIntake#MAX_EVENTS} lines, in one transaction. */
    @Transactional
    public IntakeReport accept(List<BulkFeedFile.Row> rows, String source) {
        Set<ArticleNumber> numbers = new LinkedHashSet<>();
        for (BulkFeedFile.Row r : rows) {
            try {
                numbers.add(ArticleNumber.parse(r.scan().article()));
            } catch (InvalidValueException e) {
                // intake reports the malformed number
            }
        }
        Map<String, ArticleRegistration> registered = new HashMap<>();
        store.find(numbers).forEach(a -> registered.put(a.article().registration().article().value(), a.article().registration()));
        Map<String, List<Pin>> pickupPins = new HashMap<>();

        Instant now = clock.instant();
        List<Rejection> mismatched = new ArrayList<>();
        List<IncomingScan> passed = new ArrayList<>(rows.size());
        List<Integer> passedIndex = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            BulkFeedFile.Row row = rows.get(i);
            ArticleRegistration r = row.scan().article() == null ? null : registered.get(row.scan().article().trim());
            List<String> reasons = r == null ? List.of() : BulkFeedFile.mismatches(row, r, pickupPins.computeIfAbsent(
                    r.pickupPoint(), this::bookingPins));
            if (reasons.isEmpty()) {
                passed.add(row.scan());
                passedIndex.add(i);
            } else {
                List<String> all = new ArrayList<>(reasons);
                ScanIntake.parse(i, row.scan(), now, all); // and whatever else is wrong with the line
                mismatched.add(new Rejection(i, row.scan().eventId(), all));
            }
        }
        store.quarantine(mismatched.stream()
                .map(m -> new QuarantinedScan(0, source, rows.get(m.index()).scan(), m.reasons(), now)).toList());
        IntakeReport applied = intake.accept(passed, source);
        List<Rejection> rejections = new ArrayList<>(mismatched);
        applied.rejections().forEach(x -> rejections.add(new Rejection(passedIndex.get(x.index()), x.eventId(), x.reasons())));
        rejections.sort(Comparator.comparingInt(Rejection::index));
        return new IntakeReport(rows.size(), applied.accepted(), applied.duplicates(), applied.appliedToArticles(), rejections);
    }
}
