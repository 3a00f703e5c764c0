package org.daksetu.platform.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.daksetu.shared.Violations;

/**
 * Which roles a key may carry, by the kind of party it belongs to. A shipper's key acts for that
 * shipper only (SHIPPER, and FINANCE or ANALYST over its own data); the postal operator's key for
 * India Post (POSTAL_OPS, FINANCE, ANALYST); a key of no party is the platform's own (ADMIN,
 * FINANCE, ANALYST). So a SHIPPER key always names its shipper, and no key is both sides at once.
 */
final class KeyPolicy {

    static final Set<Role> SHIPPER_ROLES = EnumSet.of(Role.SHIPPER, Role.FINANCE, Role.ANALYST);
    static final Set<Role> OPERATOR_ROLES = EnumSet.of(Role.POSTAL_OPS, Role.FINANCE, Role.ANALYST);
    static final Set<Role> PLATFORM_ROLES = EnumSet.of(Role.ADMIN, Role.FINANCE, Role.ANALYST);

    private KeyPolicy() {
    }

    static void check(String label, Set<Role> roles, Optional<Party> party) {
        Violations v = new Violations();
        if (label == null || label.isBlank() || label.length() > 100) {
            v.add("label", label, "is required, at most 100 characters: what the key is for");
        }
        Set<Role> allowed = party.map(p -> p.kind() == PartyKind.SHIPPER ? SHIPPER_ROLES : OPERATOR_ROLES).orElse(PLATFORM_ROLES);
        if (roles == null || roles.isEmpty()) {
            v.add("roles", "[]", "a key has at least one role of " + allowed);
        } else if (!allowed.containsAll(roles)) {
            v.add("roles", roles, party.map(p -> "a key of " + p.kind().name().toLowerCase().replace('_', ' ') + " " + p.code())
                    .orElse("a key of no party (the platform's)") + " may have the roles " + allowed + " only");
        }
        v.throwIfAny();
    }
}
