package org.daksetu.platform.security;

/** What a key may do. A key carries one or more roles; see docs/SECURITY.md. */
public enum Role {
    SHIPPER, POSTAL_OPS, FINANCE, ANALYST, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
