package org.daksetu.support;

import org.daksetu.DakSetuApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Run as its own JVM by a test: the whole application with the given Spring arguments, until killed. */
public final class RunApplication {

    public static void main(String[] args) {
        new SpringApplicationBuilder(DakSetuApplication.class).run(args);
    }
}
