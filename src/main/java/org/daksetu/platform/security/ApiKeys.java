package org.daksetu.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * API keys: random, shown once when issued, stored only as a SHA-256 hash. A key is looked up by
 * its hash; a revoked key never authenticates again. Lookups are cached briefly so a busy API does
 * not query the key table on every request.
 */
@Repository
public class ApiKeys {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final long CACHE_MILLIS = 10_000;

    public record Principal(long keyId, String label, Set<Role> roles, Optional<String> party) implements java.security.Principal {
        /** How the key shows in audit columns such as {@code changed_by}: its label and id. */
        @Override
        public String getName() {
            return label + " (key " + keyId + ")";
        }
    }

    public record IssuedKey(long id, String key, Principal principal) {
    }

    private record Cached(Optional<Principal> principal, long until) {
    }

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();
    private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();

    public ApiKeys(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    public IssuedKey issue(String label, Set<Role> roles, Optional<String> party) {
        StringBuilder key = new StringBuilder("dks_");
        for (int i = 0; i < 40; i++) {
            key.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return store(key.toString(), label, roles, party);
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
        return jdbc.sql("SELECT count(*) FROM api_key WHERE revoked_at IS NULL AND :role = ANY (roles)")
                .param("role", role.name()).query(Long.class).single() > 0;
    }

    public void revoke(long id) {
        jdbc.sql("UPDATE api_key SET revoked_at = now() WHERE id = :id AND revoked_at IS NULL").param("id", id).update();
        cache.clear();
    }

    public Optional<Principal> authenticate(String key) {
        long now = System.currentTimeMillis();
        Cached cached = cache.get(key);
        if (cached != null && cached.until() > now) {
            return cached.principal();
        }
        Optional<Principal> principal = jdbc.sql("""
                        SELECT id, label, roles, party FROM api_key WHERE key_hash = :hash AND revoked_at IS NULL""")
                .param("hash", sha256(key))
                .query((rs, n) -> new Principal(rs.getLong("id"), rs.getString("label"),
                        roles((String[]) rs.getArray("roles").getArray()), Optional.ofNullable(rs.getString("party"))))
                .optional();
        if (cache.size() > 10_000) {
            cache.clear();
        }
        cache.put(key, new Cached(principal, now + CACHE_MILLIS));
        return principal;
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
