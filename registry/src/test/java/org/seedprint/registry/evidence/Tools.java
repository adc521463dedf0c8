package org.seedprint.registry.evidence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the command-line tools courts use (openssl, pdfsig, certutil) and keeps their output. */
public final class Tools {

    /** Exit code and merged stdout + stderr. */
    public record Result(int exit, String output) {
        public boolean ok() {
            return exit == 0;
        }
    }

    private Tools() {}

    public static Result run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of(command))
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", command) + " did not finish");
        }
        return new Result(p.exitValue(), out);
    }

    /** An NSS database that trusts the given CA for document signing, as pdfsig needs. */
    public static Path nssDb(Path dir, Path caPem) throws IOException, InterruptedException {
        Path db = dir.resolve("nss");
        java.nio.file.Files.createDirectories(db);
        check(run(dir, "certutil", "-N", "-d", "sql:" + db, "--empty-password"));
        check(run(
                dir, "certutil", "-A", "-d", "sql:" + db, "-n", "seedprint-root", "-t", ",C,", "-i", caPem.toString()));
        return db;
    }

    public static byte[] flip(byte[] data, int position) {
        byte[] copy = data.clone();
        copy[position] ^= (byte) 0xFF;
        return copy;
    }

    private static void check(Result r) throws IOException {
        if (!r.ok()) {
            throw new IOException("tool failed: " + r.output());
        }
    }

    /** The text of every QR code found in the PNG files of {@code dir} whose names start with {@code prefix}. */
    public static java.util.List<String> qrCodes(Path dir, String prefix) throws Exception {
        java.util.List<String> codes = new java.util.ArrayList<>();
        try (var pages = java.nio.file.Files.list(dir)) {
            for (Path p : pages.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .toList()) {
                java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(p.toFile());
                int[] rgb = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
                try {
                    codes.add(new com.google.zxing.qrcode.QRCodeReader()
                            .decode(new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
                                    new com.google.zxing.RGBLuminanceSource(img.getWidth(), img.getHeight(), rgb))))
                            .getText());
                } catch (com.google.zxing.NotFoundException e) {
                    // no code on this page
                }
            }
        }
        return codes;
    }
}
