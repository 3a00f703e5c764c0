package org.daksetu.delivery.api;

import java.util.Optional;
import org.daksetu.platform.security.ApiKeys;
import org.daksetu.platform.security.Role;
import org.daksetu.shared.InvalidValueException;

/** Which shipper a caller is limited to: a shipper key sees its own party; operators see every shipper. */
final class Callers {

    private Callers() {
    }

    static Optional<String> ownShipper(ApiKeys.Principal who) {
        if (who.has(Role.ADMIN) || who.has(Role.POSTAL_OPS) || who.has(Role.ANALYST) || who.has(Role.FINANCE)) {
            return Optional.empty();
        }
        return Optional.of(shipper(who));
    }

    static String shipper(ApiKeys.Principal who) {
        return who.party().orElseThrow(() -> new InvalidValueException("key", who.getName(), "this key is tied to no shipper"));
    }

    /** The shipper whose settings are read or changed: a shipper key's own; an operator names it. */
    static String named(ApiKeys.Principal who, String shipper) {
        Optional<String> own = ownShipper(who);
        if (own.isPresent() && !own.get().equals(shipper)) {
            throw new org.daksetu.shared.NotFoundException("shipper", shipper, "a shipper key reads and changes its own settings only");
        }
        return shipper;
    }
}
