package org.daksetu.platform.cli;

import java.util.Map;
import org.daksetu.DakSetuApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Start the platform: database, network, API and docs.",
                "With no database configured, a real PostgreSQL runs embedded with its data under var/postgres."})
class RunCommand implements Runnable {

    @Mixin
    DatabaseOptions database;

    @Option(names = "--port", description = "HTTP port on 127.0.0.1 (default: ${DEFAULT-VALUE})", defaultValue = "8080")
    int port;

    @Override
    public void run() {
        Map<String, Object> properties = database.properties();
        properties.put("server.port", port);
        new SpringApplicationBuilder(DakSetuApplication.class).run(DatabaseOptions.asArguments(properties));
    }
}
