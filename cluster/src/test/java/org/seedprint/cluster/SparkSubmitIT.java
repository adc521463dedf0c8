package org.seedprint.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jobs jar as a cluster runs it: {@code spark-submit} (its main class,
 * {@code org.apache.spark.deploy.SparkSubmit}) on Spark's own classpath and nothing else, in
 * local[2]. Its results are the single-machine commands' on the real maize chr9 VCF, and the
 * screen reads its queries from that VCF, so the jar must carry htsjdk.
 */
class SparkSubmitIT {

    static final Path VCF = Path.of("../data/maize282/maize_chr9_10thin40000.recode.vcf");

    @Test
    void theJobsJarRunsUnderSparkSubmit(@TempDir Path dir) throws Exception {
        Path bed = dir.resolve("chr9-sites.bed");
        List<String> sites = new ArrayList<>();
        for (String line : Files.readAllLines(VCF)) {
            if (line.startsWith("#")) continue;
            String[] f = line.split("\t", 6);
            if (!f[4].equals("."))
                sites.add(f[0] + "\t" + (Long.parseLong(f[1]) - 1) + "\t" + f[1] + "\t" + f[0] + ":" + f[1]);
        }
        Files.write(bed, sites);
        Path index = dir.resolve("chr9.idx");
        assertEquals(
                0,
                Commands.matcher("index", "--panel", bed.toString(), VCF.toString(), "-o", index.toString())
                        .exit());

        String[] pairs = {"--library", index.toString(), "--min-similarity", "0.95"};
        submit(dir, "org.seedprint.cluster.PairsJob", dir.resolve("pairs"), pairs);
        assertEquals(
                ClusterJobsTest.ok(Commands.matcher(ClusterJobsTest.concat(new String[] {"pairs"}, pairs))),
                Files.readString(dir.resolve("pairs").resolve(PairsJob.TSV)));

        String[] screen = {"--library", index.toString(), "--query", VCF.toString(), "--top", "3", "--exclude-self"};
        submit(dir, "org.seedprint.cluster.ScreenJob", dir.resolve("screen"), screen);
        String expected = ClusterJobsTest.ok(Commands.matcher(ClusterJobsTest.concat(new String[] {"match"}, screen)));
        assertTrue(expected.lines().count() > 500, expected);
        assertEquals(expected, Files.readString(dir.resolve("screen").resolve(ScreenJob.TSV)));
    }

    /** spark-submit --master local[2] --class JOB seedprint-cluster-jobs.jar ARGS -o OUT, in its own JVM. */
    static void submit(Path dir, String job, Path out, String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(
                java,
                "@jvm.options",
                "-Xmx1g",
                "-Dlog4j2.configurationFile=log4j2.properties",
                "-cp",
                Files.readString(Path.of("target/spark-classpath.txt")).strip(),
                "org.apache.spark.deploy.SparkSubmit",
                "--master",
                "local[2]",
                "--conf",
                "spark.ui.enabled=false",
                "--class",
                job,
                "target/seedprint-cluster-jobs.jar"));
        command.addAll(List.of(args));
        command.addAll(List.of("-o", out.toString()));
        Path log = dir.resolve(out.getFileName() + ".log");
        ProcessBuilder pb =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        Process p = pb.start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("spark-submit did not finish in 5 minutes: " + Files.readString(log));
        }
        assertEquals(0, p.exitValue(), Files.readString(log));
    }
}
