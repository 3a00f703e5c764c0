package org.daksetu.platform.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.daksetu.DakSetuApplication;
import org.daksetu.platform.security.ApiKeys;
import org.daksetu.platform.security.Role;
import org.daksetu.review.application.ReviewDocuments;
import org.daksetu.simulation.application.OperationsSimulator;
import org.daksetu.simulation.domain.SimulationSettings;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"See the whole platform work: start it on its own embedded PostgreSQL (var/demo/postgres), import the",
                "network, simulate a quarter of operations, write the quarterly review, and keep serving the API.",
                "Bigger runs: --parcels-per-day, --days, --seed, --quarter."})
class DemoCommand implements Callable<Integer> {

    static final String DEMO_DATA = "var/demo/postgres";

    @Mixin
    DatabaseOptions database;

    @Mixin
    SimulationOptions simulation;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port on 127.0.0.1 (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--out", defaultValue = "demo-review", description = "Folder for the review (default: ${DEFAULT-VALUE})")
    Path out;

    @Override
    public Integer call() {
        Map<String, Object> properties = database.properties();
        if (database.dbUrl == null && database.dataDir == null) {
            properties.put("daksetu.db.data-dir", DEMO_DATA);
        }
        properties.put("server.port", port);
        SimulationOptions.quiet(properties);
        SimulationSettings settings = simulation.settings();
        System.err.println("daksetu demo: starting the platform (the first start imports the India Post network) ...");
        ConfigurableApplicationContext context = new SpringApplicationBuilder(DakSetuApplication.class)
                .logStartupInfo(false).run(DatabaseOptions.asArguments(properties));
        OperationsSimulator simulator = context.getBean(OperationsSimulator.class);
        if (simulator.simulatedBefore(settings)) {
            System.err.println("daksetu demo: this database holds a finished run with the same settings; not simulating again.");
        } else {
            System.err.printf("daksetu demo: simulating %d days from %s at %,d parcels a day (seed %d) ...%n", settings.days(),
                    settings.from(), settings.parcelsPerDay(), settings.seed());
            System.err.println(simulator.run(settings, simulation.workers, simulation.lastMile, new ConsoleProgress()));
        }
        long t = System.nanoTime();
        List<Path> files = context.getBean(ReviewDocuments.class).write(simulation.quarter(), Optional.empty(), out);
        ApiKeys.IssuedKey key = context.getBean(ApiKeys.class).issue("demo analyst", EnumSet.of(Role.ANALYST), Optional.empty());
        String base = "http://127.0.0.1:" + port;
        System.out.printf("""

                DakSetu demo is up. The review of %s was written in %.1f s to %s:
                %s
                  API:             %s/api/v1   (e.g. %s/api/v1/network/summary)
                  OpenAPI UI:      %s/swagger-ui.html
                  Review (JSON):   curl -H 'Authorization: Bearer %s' %s/api/v1/reviews/%s
                  Review (HTML):   curl -H 'Authorization: Bearer %s' '%s/api/v1/reviews/%s?format=html' -o review.html
                The analyst key above reads reviews only; the admin key was printed on the first start.
                Press Ctrl+C to stop.
                """, simulation.quarter(), (System.nanoTime() - t) / 1e9, out.toAbsolutePath(),
                String.join("\n", files.stream().map(f -> "  " + f.toAbsolutePath()).toList()),
                base, base, base, key.key(), base, simulation.quarter(), key.key(), base, simulation.quarter());
        return 0;
    }
}
