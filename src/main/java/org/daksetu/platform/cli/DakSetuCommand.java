package org.daksetu.platform.cli;

import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "daksetu", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "DakSetu: e-commerce parcels through the India Post network.",
        subcommands = {RunCommand.class, DemoCommand.class, SimulateCommand.class, ReviewCommand.class, NetworkCommand.class,
                CodCommand.class, BenchCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Run './daksetu <command> --help' for a command's options. Docs: README.md and docs/."})
public class DakSetuCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new DakSetuCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    /** Commands after which the JVM must stay up (the web server's threads keep it alive). */
    public static boolean keepsRunning(String[] args) {
        return (Arrays.asList(args).contains("run") || Arrays.asList(args).contains("demo")) && !Arrays.asList(args).contains("--help")
                && !Arrays.asList(args).contains("-h");
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
