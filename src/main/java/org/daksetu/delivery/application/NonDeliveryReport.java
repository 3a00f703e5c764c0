package org.daksetu.delivery.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.daksetu.delivery.domain.Action;
import org.daksetu.delivery.domain.Outcome;

/**
 * A failed attempt or a hold as the shipper sees it: OPEN until the shipper instructs
 * (INSTRUCTED) or the default applies (DEFAULTED); CLOSED when the article was delivered or returned meanwhile.
 */
public record NonDeliveryReport(long id, String article, String shipper, long attemptId, Outcome outcome,
                                Optional<String> reason, Optional<String> reasonText, Instant reportedAt, String status,
                                Optional<Action> action, Optional<LocalDate> reattemptOn, Optional<Integer> newPin,
                                Optional<String> newAddress, Optional<String> newPhone, Optional<LocalDate> newEdd,
                                Optional<String> decidedBy, Optional<Instant> decidedAt) {
}
