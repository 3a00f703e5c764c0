package org.daksetu.delivery.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.daksetu.delivery.domain.DeliveryStatus;

/** An article in the last mile: its office, what it needs at the door, and where it stands. */
public record DeliveryArticle(String article, String shipper, long officeId, String pickupPoint, int pin, long codPaise,
                              Optional<String> otp, DeliveryStatus status, int attempts, int failedAttempts,
                              Optional<LocalDate> heldSince, Optional<LocalDate> nextAttemptOn, Optional<Long> currentRun,
                              Optional<LocalDate> edd, Instant receivedAt, Optional<Instant> closedAt) {

    public boolean otpRequired() {
        return otp.isPresent();
    }

    public DeliveryArticle with(DeliveryStatus s) {
        return new DeliveryArticle(article, shipper, officeId, pickupPoint, pin, codPaise, otp, s, attempts, failedAttempts,
                heldSince, nextAttemptOn, currentRun, edd, receivedAt, closedAt);
    }

    public DeliveryArticle withNextAttempt(Optional<LocalDate> on) {
        return new DeliveryArticle(article, shipper, officeId, pickupPoint, pin, codPaise, otp, status, attempts, failedAttempts,
                heldSince, on, currentRun, edd, receivedAt, closedAt);
    }
}
