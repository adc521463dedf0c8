package org.seedprint.matcher.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** Runs {@code bcftools gtcheck} and parses its discordance lines, whatever the bcftools version calls them. */
final class Bcftools {

    record Discordance(String query, String genotyped, int discordance, int sitesCompared) {}

    private Bcftools() {}

    static boolean available() {
        try {
            return run(List.of("bcftools", "--version"), false).contains("bcftools");
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Cross-checks all samples with error probability 0. bcftools 1.16 spells that {@code -e 0}
     * and prints {@code DC} lines; later versions take {@code -E 0} and print {@code DCv2}: the
     * help text and the {@code #DC} header line tell which, and which column is which.
     */
    static List<Discordance> gtcheck(Path vcf) throws IOException {
        String help = run(List.of("bcftools", "gtcheck", "--help"), true);
        String errorOption = help.contains("-E, --error-probability") ? "-E" : "-e";
        String out = run(List.of("bcftools", "gtcheck", errorOption, "0", vcf.toString()), false);
        int query = -1, genotyped = -1, discordance = -1, sites = -1;
        String tag = null;
        List<Discordance> rows = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (line.startsWith("#DC")) {
                String[] h = line.split("\t");
                tag = h[0].substring(1);
                for (int i = 1; i < h.length; i++) {
                    String name = h[i].replaceFirst("^\\[\\d+\\]", "").toLowerCase(Locale.ROOT);
                    if (name.startsWith("query")) query = i;
                    else if (name.startsWith("genotyped")) genotyped = i;
                    else if (name.startsWith("discordance")) discordance = i;
                    else if (name.contains("sites compared")) sites = i;
                }
            } else if (tag != null && line.startsWith(tag + "\t")) {
                String[] f = line.split("\t");
                rows.add(new Discordance(
                        f[query], f[genotyped], (int) Double.parseDouble(f[discordance]), Integer.parseInt(f[sites])));
            }
        }
        if (tag == null || query < 0 || genotyped < 0 || discordance < 0 || sites < 0) {
            throw new IllegalStateException("no discordance header in bcftools gtcheck output:\n"
                    + out.lines().limit(30).toList());
        }
        return rows;
    }

    private static String run(List<String> command, boolean withStderr) throws IOException {
        ProcessBuilder pb =
                new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        if (withStderr) pb.redirectErrorStream(true);
        else pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            p.waitFor(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return out;
    }
}
