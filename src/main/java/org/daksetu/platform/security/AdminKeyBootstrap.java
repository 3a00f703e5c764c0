package org.daksetu.platform.security;

import java.util.EnumSet;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The first admin key. With {@code DAKSETU_ADMIN_KEY} set, that key is registered (once); with
 * no admin key at all, one is issued and printed once on standard output. It is never logged
 * again: only its hash is kept.
 */
@Component
@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "daksetu.startup-tasks", havingValue = "true", matchIfMissing = true)
@Order(0)
class AdminKeyBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminKeyBootstrap.class);

    private final ApiKeys keys;
    private final String configuredKey;

    AdminKeyBootstrap(ApiKeys keys, @Value("${daksetu.admin-key:}") String configuredKey) {
        this.keys = keys;
        this.configuredKey = configuredKey;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!configuredKey.isBlank()) {
            if (configuredKey.length() < 24) {
                throw new IllegalStateException("DAKSETU_ADMIN_KEY must be at least 24 characters long");
            }
            if (!keys.exists(configuredKey)) {
                keys.store(configuredKey, "admin (from DAKSETU_ADMIN_KEY)", EnumSet.of(Role.ADMIN), Optional.empty());
                log.info("Registered the admin key given by DAKSETU_ADMIN_KEY");
            }
            return;
        }
        if (!keys.anyActiveWithRole(Role.ADMIN)) {
            ApiKeys.IssuedKey issued = keys.issue("first admin", EnumSet.of(Role.ADMIN), Optional.empty());
            System.out.println("""

                    ==================================================================
                     First start: an admin API key was issued. It is shown only now.
                       %s
                     Use it as 'Authorization: Bearer <key>'. Keep it safe.
                    ==================================================================
                    """.formatted(issued.key()));
        }
    }
}
