package org.daksetu.tracking.application;

/**
 * A scan as it arrives, before any check: every field as text, exactly as sent, so that a scan
 * that fails a check is kept in quarantine as it was. {@code office} is the office (or hub, or
 * pickup point) where it was scanned.
 */
public record IncomingScan(
        String eventId,
        String article,
        String bag,
        String code,
        String office,
        String occurredAt,
        String reason) {
}
