package org.daksetu.cod.application;

import java.time.LocalDate;

/** An office's COD money of one day: opening, collected (cash, UPI), remitted, closing. */
public record CashAccount(long officeId, LocalDate day, long openingPaise, long cashPaise, long upiPaise, int collections,
                          long remittedPaise, long closingPaise) {
}
