package org.daksetu.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test of the whole application over HTTP on a random port, on the shared test database, with
 * the real network imported. All such tests share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"daksetu.admin-key=" + IntegrationTest.ADMIN_KEY,
                // tests deliver webhooks by calling Webhooks.deliverDue() themselves, when they choose
                "daksetu.webhooks.enabled=false", "daksetu.webhooks.base-backoff=PT0.05S",
                "daksetu.webhooks.max-attempts=3"})
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public @interface IntegrationTest {

    String ADMIN_KEY = "test-admin-key-0123456789abcdef";
}
