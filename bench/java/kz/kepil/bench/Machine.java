package kz.kepil.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/** What a measurement reads of the machine besides its own clock: CPU time by process and for all cores, the load. */
final class Machine {

    private Machine() {
    }

    /**
     * CPU time of the descendant of the launcher {@code launcherPid} whose command line names one of
     * {@code names} (the portal's JVM, its database); empty without a launcher pid or such a process.
     */
    static Optional<Duration> cpuOf(String launcherPid, String... names) {
        if (launcherPid == null || launcherPid.isBlank()) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(launcherPid.trim())).flatMap(launcher -> launcher.descendants()
                .filter(p -> {
                    String line = p.info().commandLine().orElse(p.info().command().orElse(""));
                    return Arrays.stream(names).anyMatch(line::contains);
                })
                .findFirst()).flatMap(p -> p.info().totalCpuDuration());
    }

    /**
     * Jiffies of all cores since boot: busy in processes (user, nice, system, steal), in interrupts (irq,
     * softirq: loopback networking is mostly there, charged to no process), and all.
     */
    static long[] jiffies() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long[] out = new long[3];
            for (int i = 1; i <= 8 && i < f.length; i++) {
                long v = Long.parseLong(f[i]);
                out[2] += v;
                if (i == 6 || i == 7) {
                    out[1] += v;
                } else if (i != 4 && i != 5) {
                    out[0] += v;
                }
            }
            return out;
        } catch (IOException | RuntimeException e) {
            return new long[3];
        }
    }

    /** The 1, 5 and 15 minute load averages, "?" where the machine does not say. */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "?";
        }
    }
}
