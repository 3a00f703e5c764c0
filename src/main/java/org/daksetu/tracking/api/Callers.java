package org.daksetu.tracking.api;

import java.util.Optional;
import org.daksetu.platform.security.ApiKeys;
import org.daksetu.platform.security.Role;
import org.daksetu.shared.InvalidValueException;
import org.daksetu.tracking.domain.ArticleNumber;

/** Which shipper's data a caller may see: a shipper key sees its own party only; operators see all. */
final class Callers {

    private Callers() {
    }

    /** An article number from a request path; a malformed one is a 400 naming the field {@code article}. */
    static ArticleNumber article(String text) {
        try {
            return ArticleNumber.parse(text);
        } catch (InvalidValueException e) {
            throw e.at("article");
        }
    }

    /** The shipper a caller is limited to, or empty for operators who may see every shipper. */
    static Optional<String> ownShipper(ApiKeys.Principal who) {
        boolean operator = who.roles().contains(Role.ADMIN) || who.roles().contains(Role.POSTAL_OPS)
                || who.roles().contains(Role.ANALYST);
        if (operator) {
            return Optional.empty();
        }
        return Optional.of(who.party().orElseThrow(() -> new InvalidValueException("key", who.getName(),
                "this key is tied to no shipper, so it sees no shipments")));
    }

    /** The shipper whose feed to read: a shipper key's own; an operator names it. */
    static String feedShipper(ApiKeys.Principal who, String requested) {
        Optional<String> own = ownShipper(who);
        if (own.isPresent()) {
            if (requested != null && !requested.equals(own.get())) {
                throw new InvalidValueException("shipper", requested, "a shipper key reads its own feed only");
            }
            return own.get();
        }
        if (requested == null || requested.isBlank()) {
            throw new InvalidValueException("shipper", String.valueOf(requested), "name the shipper whose feed to read");
        }
        return requested;
    }
}
