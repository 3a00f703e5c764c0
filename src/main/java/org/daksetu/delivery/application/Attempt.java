package org.daksetu.delivery.application;

import java.time.Instant;
import java.util.Optional;
import org.daksetu.delivery.domain.Outcome;

/** One delivery attempt as recorded. */
public record Attempt(long id, String article, Optional<Long> runId, long officeId, Outcome outcome, Optional<String> reason,
                      boolean otpVerified, Instant attemptedAt) {
}
