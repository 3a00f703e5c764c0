package org.daksetu.platform.cli;

import java.io.PrintStream;
import org.daksetu.shared.Progress;

/**
 * A progress bar on standard error. On a terminal it redraws one line; in a log (no console) it
 * writes a line at every quarter so CI output stays short.
 */
public class ConsoleProgress implements Progress {

    private static final int WIDTH = 30;
    private final PrintStream out = System.err;
    private final boolean terminal = System.console() != null;
    private long lastQuarter = -1;

    @Override
    public synchronized void update(String task, long done, long total) {
        if (total <= 0) {
            if (terminal) {
                out.printf("\r%-10s %,d", task, done);
            }
            return;
        }
        long clamped = Math.min(done, total);
        int filled = (int) (WIDTH * clamped / total);
        String line = String.format("%-10s [%s%s] %3d%% %,d/%,d", task, "#".repeat(filled), ".".repeat(WIDTH - filled),
                100 * clamped / total, done, total);
        if (terminal) {
            out.print("\r" + line + (clamped == total ? System.lineSeparator() : ""));
        } else if (4 * clamped / total != lastQuarter) {
            lastQuarter = 4 * clamped / total;
            out.println(line);
        }
    }
}
