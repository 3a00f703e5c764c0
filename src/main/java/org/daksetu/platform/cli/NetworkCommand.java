package org.daksetu.platform.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.daksetu.DakSetuApplication;
import org.daksetu.network.application.NetworkDirectory;
import org.daksetu.network.application.NetworkImportResult;
import org.daksetu.network.infrastructure.NetworkDataset;
import org.daksetu.network.infrastructure.dataset.BuildReport;
import org.daksetu.network.infrastructure.dataset.NetworkDatasetBuilder;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "network", mixinStandardHelpOptions = true, description = "Build and import the India Post office network.",
        subcommands = {NetworkCommand.Build.class, NetworkCommand.Plan.class, NetworkCommand.Import.class})
class NetworkCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "build", mixinStandardHelpOptions = true,
            description = "Build data/network/ from the raw public directory files (see docs/NETWORK-DATA.md).")
    static class Build implements java.util.concurrent.Callable<Integer> {

        @Option(names = "--source", defaultValue = "../shared/datasets/india-post",
                description = "Folder with the raw files (default: ${DEFAULT-VALUE})")
        Path source;

        @Option(names = "--out", defaultValue = "data/network", description = "Output folder (default: ${DEFAULT-VALUE})")
        Path out;

        @Override
        public Integer call() throws Exception {
            if (!Files.isDirectory(source)) {
                System.err.println("No raw dataset folder at " + source.toAbsolutePath() + "; give it with --source.");
                return 2;
            }
            Files.createDirectories(out);
            BuildReport report = new NetworkDatasetBuilder(System.out::println).build(source, out);
            System.out.println(report);
            System.out.println("Wrote " + out.resolve(NetworkDataset.OFFICES) + ". Import it with: ./daksetu network import --from " + out);
            return 0;
        }
    }

    @Command(name = "plan", mixinStandardHelpOptions = true,
            description = {"Derive the transmission network (hubs, lanes, the hub of every PIN) from the offices",
                    "of a dataset and write hubs.csv, lanes.csv and office-hubs.csv (see docs/ROUTING.md)."})
    static class Plan implements java.util.concurrent.Callable<Integer> {

        @Option(names = "--from", description = "Folder with offices.tsv.gz (default: the bundled data/network)")
        Optional<Path> from;

        @Option(names = "--out", defaultValue = "data/network", description = "Output folder (default: ${DEFAULT-VALUE})")
        Path out;

        @Override
        public Integer call() throws Exception {
            NetworkDataset dataset = from.map(NetworkDataset::in).orElseGet(NetworkDataset::bundled);
            java.util.List<org.daksetu.network.domain.PostOffice> offices;
            try (var in = dataset.openOffices()) {
                offices = org.daksetu.network.infrastructure.OfficesTsv.read(in);
            }
            var snapshot = new org.daksetu.network.domain.NetworkSnapshot(dataset.version(), offices, dataset.restrictions());
            var plan = new org.daksetu.network.infrastructure.planning.TransmissionPlanner(snapshot).plan();
            org.daksetu.network.infrastructure.planning.TransmissionPlanFiles.write(plan, out);
            var levels = plan.hubs().stream().collect(java.util.stream.Collectors.groupingBy(h -> h.level().name(),
                    java.util.TreeMap::new, java.util.stream.Collectors.counting()));
            System.out.printf("Planned %s hubs, %,d lanes and the hubs of %,d PINs into %s%n", levels, plan.lanes().size(),
                    plan.assignments().size(), out.toAbsolutePath());
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Replace the network in the database with a dataset (idempotent; records a version).",
                    "Default: the dataset the application carries. Stop a running './daksetu run' on the same",
                    "embedded database first, or use its API: POST /api/v1/network/import."})
    static class Import implements java.util.concurrent.Callable<Integer> {

        @Mixin
        DatabaseOptions database;

        @Option(names = "--from", description = "Folder with offices.tsv.gz and its companions (default: the bundled data/network)")
        Optional<Path> from;

        @Override
        public Integer call() {
            NetworkDataset dataset = from.map(NetworkDataset::in).orElseGet(NetworkDataset::bundled);
            Map<String, Object> properties = database.properties();
            properties.put("daksetu.startup-tasks", "false");
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DakSetuApplication.class)
                    .web(WebApplicationType.NONE).logStartupInfo(false).run(DatabaseOptions.asArguments(properties))) {
                NetworkImportResult result = context.getBean(NetworkDirectory.class)
                        .importFrom(dataset, new ConsoleProgress());
                System.out.printf("Imported network %s from %s: %,d offices, %,d PINs, %d restrictions in %.2f s%n",
                        result.version(), dataset.describe(), result.offices(), result.pins(), result.restrictions(),
                        result.duration().toMillis() / 1000.0);
                return 0;
            }
        }
    }
}
