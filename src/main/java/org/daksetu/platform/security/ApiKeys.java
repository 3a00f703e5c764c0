package org.daksetu.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.daksetu.shared.ConflictException;
import org.daksetu.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * API keys: random, shown once when issued, stored only as a SHA-256 hash, each with roles and the
 * party it acts for. A key is looked up by its hash; a revoked or expired key never authenticates
 * again. Rotating a key issues a successor with the same party and roles and lets the old one live
 * on for a grace period, so a shipper can roll the new key out without an outage. Lookups are
 * cached briefly so a busy API does not query the key table on every request.
 */
@Repository
public class ApiKeys {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final long CACHE_MILLIS = 10_000;
    public static final Duration MAX_GRACE = Duration.ofDays(7);

    public record Principal(long keyId, String label, Set<Role> roles, Optional<String> party) implements java.security.Principal {
        public boolean has(Role role) {
            return roles.contains(role);
        }

        /** How the key shows in audit columns such as {@code changed_by}: its label and id. */
        @Override
        public String getName() {
            return label + " (key " + keyId + ")";
        }
    }

    public record IssuedKey(long id, String key, Principal principal) {
    }

    /** What is known of a key without its secret. */
    public record KeyInfo(long id, String prefix, String label, Set<Role> roles, Optional<String> party,
                          OffsetDateTime createdAt, Optional<OffsetDateTime> expiresAt, Optional<OffsetDateTime> revokedAt,
                          Optional<Long> replacedBy) {
        public boolean active(OffsetDateTime now) {
            return revokedAt.isEmpty() && expiresAt.map(now::isBefore).orElse(true);
        }
    }

    private record Cached(Optional<Principal> principal, long until) {
    }

    private final JdbcClient jdbc;
    private final Parties parties;
    private final SecureRandom random = new SecureRandom();
    private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();

    public ApiKeys(DataSource dataSource, Parties parties) {
        this.jdbc = JdbcClient.create(dataSource);
        this.parties = parties;
    }

    /** Issues a new random key for a party (or for the platform itself), after checking its roles. */
    public IssuedKey issue(String label, Set<Role> roles, Optional<String> party) {
        KeyPolicy.check(label, roles, party.map(parties::get));
        return store(newKey(), label, roles, party);
    }

    private String newKey() {
        StringBuilder key = new StringBuilder("dks_");
        for (int i = 0; i < 40; i++) {
            key.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return key.toString();
    }

    /** Stores a key chosen by the operator (for example from an environment variable). */
    public IssuedKey store(String key, String label, Set<Role> roles, Optional<String> party) {
        long id = jdbc.sql("""
                        INSERT INTO api_key (key_prefix, key_hash, label, roles, party)
                        VALUES (:prefix, :hash, :label, :roles, :party) RETURNING id""")
                .param("prefix", key.substring(0, Math.min(8, key.length())))
                .param("hash", sha256(key))
                .param("label", label)
                .param("roles", roles.stream().map(Role::name).sorted().toArray(String[]::new))
                .param("party", party.orElse(null))
                .query(Long.class).single();
        return new IssuedKey(id, key, new Principal(id, label, roles, party));
    }

    public boolean exists(String key) {
        return jdbc.sql("SELECT count(*) FROM api_key WHERE key_hash = :hash")
                .param("hash", sha256(key)).query(Long.class).single() > 0;
    }

    public boolean anyActiveWithRole(Role role) {
        return jdbc.sql("""
                        SELECT count(*) FROM api_key WHERE revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())
                        AND :role = ANY (roles)""")
                .param("role", role.name()).query(Long.class).single() > 0;
    }

    public List<KeyInfo> list(Optional<String> party) {
        return jdbc.sql("SELECT " + INFO + " FROM api_key WHERE (CAST(:party AS text) IS NULL OR party = :party) ORDER BY id")
                .param("party", party.orElse(null)).query(ApiKeys::info).list();
    }

    public Optional<KeyInfo> find(long id) {
        return jdbc.sql("SELECT " + INFO + " FROM api_key WHERE id = :id").param("id", id).query(ApiKeys::info).optional();
    }

    /**
     * Revokes a key at once. The last working admin key cannot be revoked: that would lock every
     * administrator out; issue another admin key first.
     */
    @Transactional
    public KeyInfo revoke(long id) {
        KeyInfo key = find(id).orElseThrow(() -> unknown(id));
        if (key.revokedAt().isEmpty()) {
            if (key.roles().contains(Role.ADMIN) && activeAdminsOtherThan(id) == 0) {
                throw new ConflictException("id", Long.toString(id), "key " + id + " is the last working admin key; issue another first");
            }
            jdbc.sql("UPDATE api_key SET revoked_at = now() WHERE id = :id AND revoked_at IS NULL").param("id", id).update();
        }
        cache.clear();
        return find(id).orElseThrow();
    }

    /**
     * Issues the successor of a key (same label, roles and party) and lets the old key work for the
     * grace period (0 to 7 days; 0 revokes it at once).
     */
    @Transactional
    public IssuedKey rotate(long id, Duration grace) {
        if (grace.isNegative() || grace.compareTo(MAX_GRACE) > 0) {
            new org.daksetu.shared.Violations().add("graceMinutes", grace.toMinutes(), "is 0 to " + MAX_GRACE.toMinutes() + " minutes (7 days)")
                    .throwIfAny();
        }
        KeyInfo old = jdbc.sql("SELECT " + INFO + " FROM api_key WHERE id = :id FOR UPDATE").param("id", id)
                .query(ApiKeys::info).optional().orElseThrow(() -> unknown(id));
        if (!old.active(OffsetDateTime.now())) {
            throw new ConflictException("id", Long.toString(id), "key " + id + " is revoked or expired; issue a new key instead");
        }
        if (old.replacedBy().isPresent()) {
            throw new ConflictException("id", Long.toString(id), "key " + id + " was rotated already; its successor is key " + old.replacedBy().get());
        }
        IssuedKey successor = store(newKey(), old.label(), old.roles(), old.party());
        jdbc.sql("""
                        UPDATE api_key SET replaced_by = :successor,
                               expires_at = LEAST(coalesce(expires_at, 'infinity'), now() + make_interval(secs => :grace)),
                               revoked_at = CASE WHEN :grace = 0 THEN now() ELSE revoked_at END
                        WHERE id = :id""")
                .param("successor", successor.id()).param("grace", grace.toSeconds()).param("id", id).update();
        cache.clear();
        return successor;
    }

    private long activeAdminsOtherThan(long id) {
        return jdbc.sql("""
                        SELECT count(*) FROM api_key WHERE id <> :id AND revoked_at IS NULL
                        AND (expires_at IS NULL OR expires_at > now()) AND 'ADMIN' = ANY (roles)""")
                .param("id", id).query(Long.class).single();
    }

    public Optional<Principal> authenticate(String key) {
        long now = System.currentTimeMillis();
        Cached cached = cache.get(key);
        if (cached != null && cached.until() > now) {
            return cached.principal();
        }
        record Found(Principal principal, Optional<OffsetDateTime> expiresAt) {
        }
        Optional<Found> found = jdbc.sql("""
                        SELECT id, label, roles, party, expires_at FROM api_key
                        WHERE key_hash = :hash AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())""")
                .param("hash", sha256(key))
                .query((rs, n) -> new Found(new Principal(rs.getLong("id"), rs.getString("label"),
                        roles((String[]) rs.getArray("roles").getArray()), Optional.ofNullable(rs.getString("party"))),
                        Optional.ofNullable(rs.getObject("expires_at", OffsetDateTime.class))))
                .optional();
        if (cache.size() > 10_000) {
            cache.clear();
        }
        // A key that expires soon is cached only until it expires.
        long until = found.flatMap(Found::expiresAt).map(e -> Math.min(e.toInstant().toEpochMilli(), now + CACHE_MILLIS))
                .orElse(now + CACHE_MILLIS);
        Optional<Principal> principal = found.map(Found::principal);
        cache.put(key, new Cached(principal, until));
        return principal;
    }

    private static NotFoundException unknown(long id) {
        return new NotFoundException("id", Long.toString(id), "no API key has id " + id);
    }

    private static final String INFO = "id, key_prefix, label, roles, party, created_at, expires_at, revoked_at, replaced_by";

    private static KeyInfo info(ResultSet rs, int row) throws SQLException {
        return new KeyInfo(rs.getLong("id"), rs.getString("key_prefix"), rs.getString("label"),
                roles((String[]) rs.getArray("roles").getArray()), Optional.ofNullable(rs.getString("party")),
                rs.getObject("created_at", OffsetDateTime.class),
                Optional.ofNullable(rs.getObject("expires_at", OffsetDateTime.class)),
                Optional.ofNullable(rs.getObject("revoked_at", OffsetDateTime.class)),
                Optional.ofNullable(rs.getObject("replaced_by", Long.class)));
    }

    private static Set<Role> roles(String[] names) {
        return Arrays.stream(names).map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
