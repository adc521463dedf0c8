package org.seedprint.load;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * One measured phase (a scenario at its number of clients for its time): response times, errors,
 * and CPU readings at its first request and after its last client stopped. Gatling's report has
 * the same requests; this is the row that goes into docs/performance.md.
 */
final class Phase {

    final String name;
    private final int clients;
    private final CpuMeter cpu;
    private final AtomicInteger clientsLeft;
    private final AtomicInteger nextClient = new AtomicInteger();
    private final AtomicReference<CpuMeter.Reading> start = new AtomicReference<>();
    private final AtomicReference<CpuMeter.Reading> used = new AtomicReference<>();
    private final AtomicReference<String> loadAtEnd = new AtomicReference<>("?");
    private final LongAdder errors = new LongAdder();
    private int[] millis = new int[1 << 16];
    private int count;

    Phase(String name, int clients, CpuMeter cpu) {
        this.name = name;
        this.clients = clients;
        this.cpu = cpu;
        this.clientsLeft = new AtomicInteger(clients);
    }

    /** The client number of a virtual user that starts in this phase (0, 1, ...). */
    int join() {
        if (start.get() == null) start.compareAndSet(null, cpu.read());
        return nextClient.getAndIncrement();
    }

    synchronized void record(int responseMillis) {
        if (count == millis.length) millis = Arrays.copyOf(millis, count * 2);
        millis[count++] = responseMillis;
    }

    void error() {
        errors.increment();
    }

    void leave() {
        if (clientsLeft.decrementAndGet() == 0) {
            CpuMeter.Reading s = start.get();
            if (s != null) used.set(cpu.read().minus(s));
            loadAtEnd.set(CpuMeter.loadAverage());
        }
    }

    static String header() {
        return "| scenario | clients | seconds | requests | errors | requests/s | p50 ms | p95 ms | p99 ms | max ms "
                + "| CPU s: load generator / registry / PostgreSQL / machine | generator share | load average |\n"
                + "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n";
    }

    synchronized String row() {
        int[] sorted = Arrays.copyOf(millis, count);
        Arrays.sort(sorted);
        CpuMeter.Reading u = used.get();
        double seconds = u == null ? 0 : u.wallSeconds();
        String cpuUse = u == null
                ? "?"
                : String.format(
                        Locale.ROOT,
                        "%.1f / %.1f / %.1f / %.1f",
                        u.generator(),
                        u.registry(),
                        u.postgres(),
                        u.machineBusy());
        double ours = u == null ? 0 : u.generator() + u.registry() + u.postgres();
        String share = u == null || ours == 0 ? "?" : String.format(Locale.ROOT, "%.0f %%", 100 * u.generator() / ours);
        return String.format(
                Locale.ROOT,
                "| %s | %d | %.1f | %d | %d | %.1f | %s | %s | %s | %s | %s | %s | %s |%n",
                name,
                clients,
                seconds,
                count,
                errors.sum(),
                seconds == 0 ? 0 : count / seconds,
                percentile(sorted, 0.50),
                percentile(sorted, 0.95),
                percentile(sorted, 0.99),
                percentile(sorted, 1.0),
                cpuUse,
                share,
                loadAtEnd.get());
    }

    private static String percentile(int[] sorted, double p) {
        if (sorted.length == 0) return "-";
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return Integer.toString(sorted[Math.max(0, Math.min(sorted.length - 1, i))]);
    }
}
