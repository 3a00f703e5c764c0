package org.daksetu;

import org.daksetu.platform.cli.DakSetuCommand;
import picocli.CommandLine;

/** The launcher's entry point: {@code ./daksetu <command>}. */
public final class DakSetu {

    private DakSetu() {
    }

    public static void main(String[] args) {
        int exit = DakSetuCommand.commandLine().execute(args);
        if (exit != 0 || !DakSetuCommand.keepsRunning(args)) {
            System.exit(exit);
        }
    }
}
