package org.daksetu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.daksetu.platform.cli.DakSetuCommand;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CommandLineTest {

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cl = DakSetuCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(out));
        int exit = cl.execute(args);
        return exit + "\n" + out;
    }

    @Test
    void help_lists_the_commands() {
        String help = run("--help");
        assertThat(help).startsWith("0").contains("run").contains("network").contains("demo").contains("simulate").contains("review");
    }

    @Test
    void demo_and_simulate_offer_the_options_for_bigger_runs() {
        for (String command : new String[] {"demo", "simulate"}) {
            assertThat(run(command, "--help")).startsWith("0").contains("--parcels-per-day").contains("--days").contains("--seed")
                    .contains("--quarter").contains("--data-dir");
        }
        assertThat(run("review", "--help")).startsWith("0").contains("--quarter").contains("--out");
    }

    @Test
    void a_review_needs_a_quarter_written_like_2026_Q3() {
        assertThat(run("review")).startsWith("2").contains("--quarter");
    }

    @Test
    void network_help_lists_build_and_import() {
        String help = run("network", "--help");
        assertThat(help).contains("build").contains("import");
    }

    @Test
    void an_unknown_command_fails_with_a_usage_message() {
        assertThat(run("fly")).startsWith("2").contains("Unmatched argument");
    }
}
