package org.daksetu.platform.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.daksetu.DakSetuApplication;
import org.daksetu.review.application.ReviewDocuments;
import org.daksetu.review.domain.Quarter;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"Write the quarterly joint review from the platform's data: HTML with charts, the same as PDF,",
                "and the KPIs as CSV (docs/REVIEW.md)."})
class ReviewCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Option(names = "--quarter", required = true, description = "The quarter, like 2026-Q3")
    String quarter;

    @Option(names = "--out", defaultValue = "reviews", description = "Folder for the files (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--shipper", description = "Only this shipper's parcels (default: the whole platform)")
    Optional<String> shipper;

    @Override
    public Integer call() {
        Quarter q = Quarter.parse(quarter);
        Map<String, Object> properties = database.properties();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DakSetuApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false).run(DatabaseOptions.asArguments(properties))) {
            long t = System.nanoTime();
            List<Path> files = context.getBean(ReviewDocuments.class).write(q, shipper, out);
            System.out.printf("Review %s written in %.2f s:%n", q, (System.nanoTime() - t) / 1e9);
            files.forEach(f -> System.out.println("  " + f.toAbsolutePath()));
            return 0;
        }
    }
}
