package org.seedprint.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * CPU time of the three parties of a run, so that the figures say how much of the machine the
 * load generator took: this JVM (Gatling), the registry JVM, and PostgreSQL (the postmaster and
 * its backends); plus the whole machine's busy time from /proc/stat, which includes whatever
 * else ran meanwhile.
 */
final class CpuMeter {

    /** Cumulative CPU seconds at one moment. */
    record Reading(double generator, double registry, double postgres, double machineBusy, long nanos) {

        Reading minus(Reading start) {
            return new Reading(
                    generator - start.generator,
                    registry - start.registry,
                    postgres - start.postgres,
                    machineBusy - start.machineBusy,
                    nanos - start.nanos);
        }

        double wallSeconds() {
            return nanos / 1e9;
        }
    }

    private final RegistryUnderLoad registry;

    CpuMeter(RegistryUnderLoad registry) {
        this.registry = registry;
    }

    Reading read() {
        double pg = registry.postmaster()
                .map(pm -> Stream.concat(Stream.of(pm), pm.descendants())
                        .mapToDouble(CpuMeter::seconds)
                        .sum())
                .orElse(0.0);
        return new Reading(
                seconds(ProcessHandle.current()),
                ProcessHandle.of(registry.pid()).map(CpuMeter::seconds).orElse(0.0),
                pg,
                machineBusySeconds(),
                System.nanoTime());
    }

    /** The 1-minute load average, as uptime prints it. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    private static double seconds(ProcessHandle p) {
        return p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L) / 1e9;
    }

    /** user + nice + system + irq + softirq + steal of all cores, in seconds (USER_HZ = 100). */
    private static double machineBusySeconds() {
        try {
            String[] f =
                    Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long busy = 0;
            for (int i : new int[] {1, 2, 3, 6, 7, 8}) busy += Long.parseLong(f[i]);
            return busy / 100.0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
