package org.daksetu.platform.security;

/** A shipper (a tenant of the platform) or the postal operator (India Post). */
public enum PartyKind {
    SHIPPER, POSTAL_OPERATOR
}
