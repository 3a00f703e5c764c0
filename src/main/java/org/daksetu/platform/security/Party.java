package org.daksetu.platform.security;

import java.time.OffsetDateTime;

/** An organisation that uses the platform: a shipper or the postal operator. Keys belong to parties. */
public record Party(String code, String name, PartyKind kind, OffsetDateTime createdAt) {
}
