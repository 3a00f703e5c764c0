package org.daksetu.cod.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** One remittance to one shipper: how many articles, gross, COD fees deducted, net; then paid and confirmed. */
public record RemittanceBatch(long id, String shipper, LocalDate businessDate, int cycleDays, boolean deductFee,
                              int articles, long grossPaise, long feePaise, long netPaise, Instant createdAt,
                              Optional<String> bankReference, Optional<Instant> paidAt, Optional<Instant> confirmedAt,
                              Optional<String> confirmedBy) {

    public String status() {
        return confirmedAt.isPresent() ? "CONFIRMED" : paidAt.isPresent() ? "PAID" : "CREATED";
    }
}
