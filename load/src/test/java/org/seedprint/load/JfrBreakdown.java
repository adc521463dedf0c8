package org.seedprint.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the registry's CPU went, from a Java Flight Recorder file of a load run
 * (docs/performance.md, "Where the time goes"): each execution sample is given to the library
 * nearest the top of its stack (JDK frames count for the library that called them), and, apart
 * from that, counted for every registry step its stack passes through.
 *
 * <p>Record with {@code -XX:FlightRecorderOptions:stackdepth=256}: request stacks are deeper than
 * the default 64 frames, and the steps near the bottom (filters) would be missed.
 *
 * <pre>java -cp load/target/test-classes org.seedprint.load.JfrBreakdown registry.jfr</pre>
 */
public final class JfrBreakdown {

    /** Library by class-name prefix, in the order they are tried. */
    private static final Map<String, List<String>> LIBRARIES = new LinkedHashMap<>();

    /** Registry steps, counted inclusively: class or method names that appear in the stack. */
    private static final Map<String, List<String>> STEPS = new LinkedHashMap<>();

    static {
        LIBRARIES.put(
                "crypto (SHA-256, signatures)",
                List.of("sun.security.", "java.security.", "javax.crypto.", "org.bouncycastle."));
        LIBRARIES.put("Lucene", List.of("org.apache.lucene."));
        LIBRARIES.put("PostgreSQL JDBC driver", List.of("org.postgresql."));
        LIBRARIES.put("HikariCP", List.of("com.zaxxer.hikari."));
        LIBRARIES.put("Hibernate", List.of("org.hibernate."));
        LIBRARIES.put("Jackson", List.of("tools.jackson.", "com.fasterxml.jackson."));
        LIBRARIES.put("Spring Security", List.of("org.springframework.security."));
        LIBRARIES.put(
                "Spring data/transactions",
                List.of(
                        "org.springframework.orm.",
                        "org.springframework.transaction.",
                        "org.springframework.data.",
                        "org.springframework.jdbc."));
        LIBRARIES.put("Spring MVC", List.of("org.springframework.web.", "org.springframework.http."));
        LIBRARIES.put("Spring core/AOP", List.of("org.springframework."));
        LIBRARIES.put("springdoc/Micrometer/actuator", List.of("org.springdoc.", "io.micrometer."));
        LIBRARIES.put("Tomcat", List.of("org.apache.catalina.", "org.apache.coyote.", "org.apache.tomcat."));
        LIBRARIES.put("logging", List.of("ch.qos.logback.", "org.slf4j.", "org.apache.logging."));
        LIBRARIES.put("matcher engine", List.of("org.seedprint.matcher."));
        LIBRARIES.put("registry code", List.of("org.seedprint.registry."));
        STEPS.put("bearer token check (BearerTokenFilter)", List.of("BearerTokenFilter"));
        STEPS.put("audit append (AuditTrail.record)", List.of("AuditTrail.record"));
        STEPS.put("audited requests filter (AuditedRequests)", List.of("AuditedRequests"));
        STEPS.put("search (VarietySearch)", List.of("VarietySearch."));
        STEPS.put("Lucene query and collection", List.of("org.apache.lucene.search.IndexSearcher.search"));
        STEPS.put("variety views from PostgreSQL (VarietyViews)", List.of("VarietyViews."));
        STEPS.put("matching (MatchingService)", List.of("MatchingService."));
        STEPS.put("engine scan (Engine)", List.of("org.seedprint.matcher.engine.Engine."));
        STEPS.put("deposit (DepositService)", List.of("DepositService."));
        STEPS.put("log append (TransparencyLog)", List.of("TransparencyLog."));
        STEPS.put("RFC 3161 token (TimestampAuthority)", List.of("TimestampAuthority."));
        STEPS.put(
                "JSON writing (Jackson serializers)",
                List.of("tools.jackson.databind.ser.", "com.fasterxml.jackson.databind.ser."));
        STEPS.put(
                "JSON reading (Jackson deserializers)",
                List.of("tools.jackson.databind.deser.", "com.fasterxml.jackson.databind.deser."));
        STEPS.put("transaction begin/commit (Spring TX)", List.of("org.springframework.transaction."));
        STEPS.put(
                "Hibernate flush",
                List.of(
                        "org.hibernate.event.internal.DefaultFlushEventListener",
                        "org.hibernate.internal.SessionImpl.flush"));
        STEPS.put("JDBC statements (PreparedStatement)", List.of("org.postgresql.jdbc.PgPreparedStatement"));
        STEPS.put("Spring Security filter chain", List.of("org.springframework.security.web.FilterChainProxy"));
        STEPS.put(
                "Tomcat HTTP parsing (Http11Processor)",
                List.of("org.apache.coyote.http11.Http11InputBuffer", "org.apache.coyote.http11.Http11OutputBuffer"));
    }

    private JfrBreakdown() {}

    public static void main(String[] args) throws IOException {
        Map<String, Integer> byLibrary = new LinkedHashMap<>();
        Map<String, Integer> bySteps = new LinkedHashMap<>();
        LIBRARIES.keySet().forEach(k -> byLibrary.put(k, 0));
        byLibrary.put("JDK and other", 0);
        STEPS.keySet().forEach(k -> bySteps.put(k, 0));
        int samples = 0;
        try (RecordingFile file = new RecordingFile(Path.of(args[0]))) {
            while (file.hasMoreEvents()) {
                RecordedEvent e = file.readEvent();
                if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) continue;
                List<RecordedFrame> frames = e.getStackTrace().getFrames();
                if (!serving(e)) continue;
                samples++;
                byLibrary.merge(library(frames), 1, Integer::sum);
                for (var step : STEPS.entrySet()) {
                    if (frames.stream().anyMatch(f -> step.getValue().stream().anyMatch(name(f)::contains))) {
                        bySteps.merge(step.getKey(), 1, Integer::sum);
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d execution samples of request threads%n%n", samples);
        print("| library (top of stack) | share |", byLibrary, samples);
        print("| registry step (in the stack) | share |", bySteps, samples);
    }

    /**
     * Only threads that serve requests (the registry runs them on virtual threads), not the JIT,
     * the GC or the demo import of the start-up.
     */
    private static boolean serving(RecordedEvent e) {
        var thread = e.getThread("sampledThread");
        return thread != null && (thread.isVirtual() || thread.getJavaName().startsWith("http-nio"));
    }

    private static String library(List<RecordedFrame> frames) {
        for (RecordedFrame f : frames) {
            String n = name(f);
            for (var lib : LIBRARIES.entrySet()) {
                if (lib.getValue().stream().anyMatch(n::startsWith)) return lib.getKey();
            }
        }
        return "JDK and other";
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static void print(String header, Map<String, Integer> counts, int samples) {
        System.out.println(header);
        System.out.println("| --- | --- |");
        counts.entrySet().stream()
                .filter(c -> c.getValue() > 0)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(c -> System.out.printf(
                        Locale.ROOT, "| %s | %.1f %% |%n", c.getKey(), 100.0 * c.getValue() / samples));
        System.out.println();
    }
}
