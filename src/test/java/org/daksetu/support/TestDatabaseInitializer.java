package org.daksetu.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points the application at the one test database of this JVM. */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "daksetu.db.url=" + TestDatabase.url(),
                "daksetu.db.username=" + TestDatabase.username(),
                "daksetu.db.password=" + TestDatabase.password()).applyTo(context);
    }
}
