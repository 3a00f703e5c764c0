package org.daksetu.platform.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/** Peak memory of this process, for the benchmark lines: the heap's peak and the resident set's high-water mark. */
final class Memory {

    private Memory() {
    }

    static String describe() {
        long heap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                heap += pool.getPeakUsage().getUsed();
            }
        }
        String rss = "unknown";
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    rss = line.substring(6).strip();
                }
            }
        } catch (IOException | RuntimeException e) {
            rss = "unknown (" + e.getMessage() + ")";
        }
        return String.format("peak memory: heap %,d MB (sum of the pools' peaks, max %,d MB), resident set high-water mark %s",
                heap >> 20, Runtime.getRuntime().maxMemory() >> 20, rss);
    }
}
