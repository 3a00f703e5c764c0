package org.daksetu.booking.api;

import org.daksetu.booking.application.Scope;
import org.daksetu.platform.security.ApiKeys;
import org.daksetu.platform.security.Role;

/**
 * Who is calling, as booking needs it. The URL rules (SecurityConfiguration) have already checked
 * the roles; here a shipper's key is narrowed to its own shipper, and the postal operator's and
 * admins' keys see every shipper.
 */
final class Callers {

    private Callers() {
    }

    static String shipper(ApiKeys.Principal caller) {
        if (!caller.has(Role.SHIPPER) || caller.party().isEmpty()) {
            throw new IllegalStateException("key " + caller.keyId() + " reached a shipper's endpoint without a shipper");
        }
        return caller.party().get();
    }

    static Scope scope(ApiKeys.Principal caller) {
        return caller.has(Role.SHIPPER) ? Scope.of(shipper(caller)) : Scope.everyone();
    }

    /** The party an idempotency key belongs to: a shipper, the operator, or the platform. */
    static String party(ApiKeys.Principal caller) {
        return caller.party().orElse("platform");
    }
}
