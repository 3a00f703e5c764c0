package org.daksetu.platform.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.daksetu.shared.NotFoundException;
import org.daksetu.shared.Violations;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * API keys. An admin issues keys to parties and manages all of them; every other key sees, rotates
 * and revokes only the keys of its own party (so a shipper rolls its keys without calling anyone).
 * A key of another party is answered 404, as if it did not exist.
 */
@RestController
@RequestMapping("/api/v1/api-keys")
@Tag(name = "API keys", description = "Issue (ADMIN), list, rotate and revoke API keys")
class ApiKeyController {

    private final ApiKeys keys;

    ApiKeyController(ApiKeys keys) {
        this.keys = keys;
    }

    record IssueRequest(String party, String label, List<String> roles) {
    }

    record KeyView(long id, String prefix, String label, Set<Role> roles, String party, OffsetDateTime createdAt,
                   OffsetDateTime expiresAt, OffsetDateTime revokedAt, Long replacedBy, boolean active) {
        static KeyView of(ApiKeys.KeyInfo k) {
            return new KeyView(k.id(), k.prefix(), k.label(), k.roles(), k.party().orElse(null), k.createdAt(),
                    k.expiresAt().orElse(null), k.revokedAt().orElse(null), k.replacedBy().orElse(null),
                    k.active(OffsetDateTime.now()));
        }
    }

    /** The key itself: shown in this answer only, never again. */
    record IssuedView(long id, String key, String label, Set<Role> roles, String party, String notice) {
        static IssuedView of(ApiKeys.IssuedKey k) {
            return new IssuedView(k.id(), k.key(), k.principal().label(), k.principal().roles(),
                    k.principal().party().orElse(null), "Store this key now: it is shown only once and kept only as a hash");
        }
    }

    record CurrentView(long id, String label, Set<Role> roles, String party) {
    }

    @PostMapping
    @Operation(summary = "Issue a key to a party (ADMIN); the key is in this answer only", security = @SecurityRequirement(name = "apiKey"))
    ResponseEntity<IssuedView> issue(@RequestBody IssueRequest request) {
        Violations v = new Violations();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (request.roles() != null) {
            for (int i = 0; i < request.roles().size(); i++) {
                try {
                    roles.add(Role.valueOf(String.valueOf(request.roles().get(i))));
                } catch (IllegalArgumentException e) {
                    v.add("roles[" + i + "]", request.roles().get(i), "must be one of " + EnumSet.allOf(Role.class));
                }
            }
        }
        v.throwIfAny();
        Optional<String> party = Optional.ofNullable(request.party()).filter(p -> !p.isBlank());
        return ResponseEntity.status(HttpStatus.CREATED).body(IssuedView.of(keys.issue(request.label(), roles, party)));
    }

    @GetMapping
    @Operation(summary = "Keys: all for an admin (or of one party with ?party=), else those of the caller's party",
            security = @SecurityRequirement(name = "apiKey"))
    List<KeyView> list(@AuthenticationPrincipal ApiKeys.Principal caller, @RequestParam Optional<String> party) {
        Optional<String> scope = caller.has(Role.ADMIN) ? party : Optional.of(caller.party().orElse("-"));
        return keys.list(scope).stream().map(KeyView::of).toList();
    }

    @GetMapping("/current")
    @Operation(summary = "The key making this request: its id, party and roles", security = @SecurityRequirement(name = "apiKey"))
    CurrentView current(@AuthenticationPrincipal ApiKeys.Principal caller) {
        return new CurrentView(caller.keyId(), caller.label(), caller.roles(), caller.party().orElse(null));
    }

    @PostMapping("/{id}/rotate")
    @Operation(summary = "Issue the successor of a key; the old one keeps working for graceMinutes (default 1440, 0 to 10080)",
            security = @SecurityRequirement(name = "apiKey"))
    ResponseEntity<IssuedView> rotate(@AuthenticationPrincipal ApiKeys.Principal caller, @PathVariable long id,
                                      @RequestParam(defaultValue = "1440") long graceMinutes) {
        visible(caller, id);
        return ResponseEntity.status(HttpStatus.CREATED).body(IssuedView.of(keys.rotate(id, Duration.ofMinutes(graceMinutes))));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke a key at once", security = @SecurityRequirement(name = "apiKey"))
    KeyView revoke(@AuthenticationPrincipal ApiKeys.Principal caller, @PathVariable long id) {
        visible(caller, id);
        return KeyView.of(keys.revoke(id));
    }

    /** An admin sees every key; anyone else only those of its own party. */
    private void visible(ApiKeys.Principal caller, long id) {
        ApiKeys.KeyInfo key = keys.find(id).orElse(null);
        boolean visible = key != null && (caller.has(Role.ADMIN)
                || (caller.party().isPresent() && caller.party().equals(key.party())));
        if (!visible) {
            throw new NotFoundException("id", Long.toString(id), "no API key has id " + id);
        }
    }
}
