package org.daksetu.platform.cli;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.daksetu.DakSetuApplication;
import org.daksetu.network.application.NetworkDirectory;
import org.daksetu.network.infrastructure.NetworkDataset;
import org.daksetu.shared.Progress;
import org.postgresql.PGConnection;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Benchmarks that need the application itself; the HTTP ones are load scripts under bench/.
 * Figures go to docs/PERFORMANCE.md with the command that produced them.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks (see docs/PERFORMANCE.md).",
        subcommands = {BenchCommand.NetworkImport.class})
class BenchCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "network-import", mixinStandardHelpOptions = true,
            description = {"Times the full network import against a plain COPY of the same rows into a bare table,",
                    "alternating the two in one run, and prints the medians and their ratio."})
    static class NetworkImport implements Callable<Integer> {

        @Mixin
        DatabaseOptions database;

        @Option(names = "--runs", defaultValue = "5", description = "Runs of each (default: ${DEFAULT-VALUE})")
        int runs;

        @Override
        public Integer call() throws Exception {
            Map<String, Object> properties = database.properties();
            properties.put("daksetu.startup-tasks", "false");
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DakSetuApplication.class)
                    .web(WebApplicationType.NONE).logStartupInfo(false).run(DatabaseOptions.asArguments(properties))) {
                NetworkDirectory network = context.getBean(NetworkDirectory.class);
                DataSource dataSource = context.getBean(DataSource.class);
                NetworkDataset dataset = NetworkDataset.bundled();
                network.importFrom(dataset, Progress.NONE); // warm-up: JIT, page cache, table files
                bareCopy(dataSource, dataset);
                List<Double> imports = new ArrayList<>();
                List<Double> stores = new ArrayList<>();
                List<Double> copies = new ArrayList<>();
                for (int i = 1; i <= runs; i++) {
                    long t = System.nanoTime();
                    var result = network.importFrom(dataset, Progress.NONE);
                    imports.add((System.nanoTime() - t) / 1e9);
                    stores.add(result.duration().toNanos() / 1e9);
                    t = System.nanoTime();
                    long rows = bareCopy(dataSource, dataset);
                    copies.add((System.nanoTime() - t) / 1e9);
                    System.out.printf("run %d: import %.3f s (database part %.3f s), bare COPY %.3f s (%,d rows)%n", i,
                            imports.getLast(), stores.getLast(), copies.getLast(), rows);
                }
                double imp = median(imports);
                double copy = median(copies);
                double store = median(stores);
                System.out.printf("median of %d: full import %.3f s (database part %.3f s, in-memory reload %.3f s), "
                        + "bare COPY %.3f s, import/COPY = %.2f, database part/COPY = %.2f%n", runs, imp, store, imp - store,
                        copy, imp / copy, store / copy);
                try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                    s.execute("DROP TABLE IF EXISTS bench_bare_office");
                }
                return 0;
            }
        }

        /** The same decompressed rows into a table with the same columns and no index or constraint. */
        private static long bareCopy(DataSource dataSource, NetworkDataset dataset) throws Exception {
            try (Connection c = dataSource.getConnection(); InputStream in = dataset.openOffices()) {
                try (Statement s = c.createStatement()) {
                    s.execute("DROP TABLE IF EXISTS bench_bare_office");
                    s.execute("""
                            CREATE TABLE bench_bare_office (office_id bigint, name text, tier text, pin integer,
                              delivery_office_id bigint, taluk text, district text, state text, division text, region text,
                              circle text, latitude double precision, longitude double precision, geo_match text)""");
                }
                int b;
                while ((b = in.read()) != -1 && b != '\n') {
                    // skip the header line, as the import does
                }
                return c.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("COPY bench_bare_office FROM STDIN WITH (FORMAT text, NULL '')", in, 1 << 16);
            }
        }

        private static double median(List<Double> values) {
            List<Double> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            int n = sorted.size();
            return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        }
    }
}
