package org.daksetu.platform.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.daksetu.DakSetuApplication;
import org.daksetu.simulation.application.OperationsSimulator;
import org.daksetu.simulation.application.SimulationReport;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Simulate operations day by day through the platform's own services: bookings, pickups and handovers,",
                "and every scan up to delivery or return (docs/SIMULATION.md). Reproducible from --seed."})
class SimulateCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Mixin
    SimulationOptions simulation;

    @Override
    public Integer call() {
        Map<String, Object> properties = database.properties();
        SimulationOptions.quiet(properties);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DakSetuApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false).run(DatabaseOptions.asArguments(properties))) {
            SimulationReport report = context.getBean(OperationsSimulator.class).run(simulation.settings(), simulation.workers, simulation.lastMile, new ConsoleProgress());
            System.out.println(report);
            System.out.println(Memory.describe());
            return report.scansRejected() == 0 ? 0 : 1;
        }
    }
}
