package org.daksetu.cod.application;

public record RemittanceLine(long remittanceId, String article, long officeId, long amountPaise, long feePaise) {
}
