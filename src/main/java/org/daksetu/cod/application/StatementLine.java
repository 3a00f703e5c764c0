package org.daksetu.cod.application;

import java.time.Instant;
import java.time.LocalDate;

/** One article on a shipper's COD statement. */
public record StatementLine(String article, long officeId, long amountPaise, Instant collectedAt, String mode,
                           String upiReference, Long remittanceId, LocalDate remittedOn, String bankReference,
                           long feeDeductedPaise, Instant confirmedAt) {
}
