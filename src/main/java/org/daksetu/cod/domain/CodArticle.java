package org.daksetu.cod.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.daksetu.shared.Money;

/** A COD article as cod knows it: what is to be collected, and how far it got from the door to the shipper. */
public record CodArticle(
        String article,
        String shipper,
        long officeId,
        Money amount,
        Money fee,
        Instant bookedAt,
        Optional<Instant> deliveredAt,
        Optional<Instant> collectedAt,
        Optional<LocalDate> collectionDate,
        Optional<Money> collected,
        Optional<CollectionMode> mode,
        Optional<String> upiReference,
        Optional<Instant> cancelledAt,
        Optional<Long> remittanceId,
        Optional<LocalDate> remittedOn,
        Optional<Instant> confirmedAt) {

    /** The furthest stage the article reached. */
    public Stage stage() {
        if (cancelledAt.isPresent()) {
            return Stage.CANCELLED;
        }
        if (confirmedAt.isPresent()) {
            return Stage.CONFIRMED;
        }
        if (remittanceId.isPresent()) {
            return Stage.REMITTED;
        }
        if (collectedAt.isPresent()) {
            return Stage.COLLECTED;
        }
        if (deliveredAt.isPresent()) {
            return Stage.DELIVERED;
        }
        return Stage.BOOKED;
    }

    public enum Stage {
        BOOKED, DELIVERED, COLLECTED, REMITTED, CONFIRMED, CANCELLED
    }
}
