package org.daksetu.platform.cli;

import java.util.Map;
import org.daksetu.DakSetuApplication;
import org.daksetu.cod.application.Balance;
import org.daksetu.cod.application.Reconciliation;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "cod", mixinStandardHelpOptions = true, description = "Cash on delivery: check the ledger.",
        subcommands = {CodCommand.Verify.class})
class CodCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Check the COD ledger: every journal's postings sum to zero, and for every office and every",
                    "shipper collected = remitted + outstanding (articles, remittance lines and ledger agree).",
                    "Exit code 0 when everything holds, 1 otherwise (the failures are listed)."})
    static class Verify implements java.util.concurrent.Callable<Integer> {

        @Mixin
        DatabaseOptions database;

        @Option(names = "--all", description = "List every office and shipper, not only the failures")
        boolean all;

        @Override
        public Integer call() {
            Map<String, Object> properties = database.properties();
            properties.put("daksetu.startup-tasks", "false");
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DakSetuApplication.class)
                    .web(WebApplicationType.NONE).logStartupInfo(false).run(DatabaseOptions.asArguments(properties))) {
                Reconciliation.Verification v = context.getBean(Reconciliation.class).verify();
                long offices = v.balances().stream().filter(b -> b.scope().equals("OFFICE")).count();
                long shippers = v.balances().size() - offices;
                long collected = v.balances().stream().filter(b -> b.scope().equals("SHIPPER")).mapToLong(Balance::collectedPaise).sum();
                long remitted = v.balances().stream().filter(b -> b.scope().equals("SHIPPER")).mapToLong(Balance::remittedPaise).sum();
                long outstanding = v.balances().stream().filter(b -> b.scope().equals("SHIPPER")).mapToLong(Balance::outstandingPaise).sum();
                System.out.printf("COD ledger: %,d offices, %,d shippers; collected %s = remitted %s + outstanding %s%n", offices, shippers,
                        rupees(collected), rupees(remitted), rupees(outstanding));
                for (Long j : v.unbalancedJournals()) {
                    System.out.println("UNBALANCED journal " + j + ": its postings do not sum to zero");
                }
                for (Balance b : all ? v.balances() : v.violations()) {
                    System.out.printf("%s %-8s %-14s collected %s (ledger %s), remitted %s, outstanding %s%n", b.holds() ? "ok  " : "FAIL",
                            b.scope(), b.key(), rupees(b.collectedPaise()), rupees(b.ledgerCollectedPaise()), rupees(b.remittedPaise()),
                            rupees(b.outstandingPaise()));
                }
                System.out.println(v.ok() ? "OK: every journal balances; collected = remitted + outstanding everywhere"
                        : "FAILED: " + v.unbalancedJournals().size() + " unbalanced journals, " + v.violations().size() + " balances off");
                return v.ok() ? 0 : 1;
            }
        }

        static String rupees(long paise) {
            return String.format("Rs %,d.%02d", paise / 100, Math.abs(paise % 100));
        }
    }
}
