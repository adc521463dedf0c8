package org.seedprint.registry.deposits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seedprint.registry.RegistryIntegrationTest;
import org.seedprint.registry.accounts.CurrentUser;
import org.seedprint.registry.evidence.Tools;
import org.seedprint.registry.evidence.Verifier;
import org.seedprint.registry.platform.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The per-byte tamper test: every byte of the {@code .tsr}, of the {@code .p7s} and of the PDF's
 * signature (its /Contents) is changed in several ways (+1, -1, all bits: a string type's tag
 * becomes another string type, an "unused bits" count becomes 1), and our verifier must refuse
 * every change. openssl and pdfsig, the oracles, run on an evenly spread sample of positions
 * (a process per check is too slow for every byte); whatever they refuse, ours refuses too.
 */
@RegistryIntegrationTest
class CertificateTamperTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int ORACLE_SAMPLES = 40;

    @Autowired
    MockMvc mvc;

    @Autowired
    Verifier verifier;

    @Autowired
    DepositService deposits;

    @TempDir
    Path dir;

    String base;
    Path ca;

    @BeforeEach
    void deposit() throws Exception {
        Deposit d = deposits.deposit(
                JSON.readValue(DepositFixtures.json("OPEN", "Tamper", "tampered with"), DepositRequest.class),
                List.of(),
                new CurrentUser("breeder-tamper", null, Set.of(Role.BREEDER)));
        base = "/api/v1/deposits/" + d.id() + "/";
        ca = Files.write(dir.resolve("ca.pem"), fetch("/api/v1/evidence/ca.pem"));
    }

    private static List<byte[]> changes(byte[] data, int pos) {
        List<byte[]> out = new ArrayList<>();
        for (int delta : new int[] {1, -1}) {
            byte[] c = data.clone();
            c[pos] += (byte) delta;
            out.add(c);
        }
        out.add(Tools.flip(data, pos));
        return out;
    }

    @Test
    void everyChangedByteOfTheTimestampResponseIsRefused() throws Exception {
        byte[] content = fetch(base + "content");
        byte[] tsr = fetch(base + "certificate.tsr");
        Path data = Files.write(dir.resolve("content.json"), content);
        assertThat(verifier.verify(tsr, content).valid()).isTrue();
        for (int pos = 0; pos < tsr.length; pos++) {
            for (byte[] bad : changes(tsr, pos)) {
                var v = verifier.verify(bad, content);
                assertThat(v.valid())
                        .as(".tsr changed at %d of %d", pos, tsr.length)
                        .isFalse();
            }
        }
        int refusedByOpenssl = oracle(tsr, bad -> verifier.verify(bad, content).valid(), bad -> {
            Path f = write("bad.tsr", bad);
            return run("openssl ts -verify -data " + data + " -in " + f + " -CAfile " + ca)
                    .contains("Verification: OK");
        });
        assertThat(refusedByOpenssl).as("openssl refuses sampled changes").isPositive();
    }

    @Test
    void everyChangedByteOfTheJsonSignatureIsRefused() throws Exception {
        byte[] json = fetch(base + "certificate.json");
        byte[] p7s = fetch(base + "certificate.p7s");
        Path j = Files.write(dir.resolve("cert.json"), json);
        assertThat(verifier.verify(json, p7s).valid()).isTrue();
        for (int pos = 0; pos < p7s.length; pos++) {
            for (byte[] bad : changes(p7s, pos)) {
                var v = verifier.verify(json, bad);
                assertThat(v.valid())
                        .as(".p7s changed at %d of %d", pos, p7s.length)
                        .isFalse();
            }
        }
        int refusedByOpenssl = oracle(p7s, bad -> verifier.verify(json, bad).valid(), bad -> {
            Path f = write("bad.p7s", bad);
            return run("openssl cms -verify -binary -inform DER -in " + f + " -content " + j + " -CAfile " + ca
                            + " -purpose any -out /dev/null")
                    .contains("Verification successful");
        });
        assertThat(refusedByOpenssl).as("openssl refuses sampled changes").isPositive();
    }

    @Test
    void everyChangedByteOfThePdfSignatureIsRefused() throws Exception {
        byte[] pdf = fetch(base + "certificate.pdf");
        assertThat(verifier.verify(pdf, null).valid()).isTrue();
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        int start = raw.indexOf("/Contents <") + "/Contents <".length();
        int end = raw.indexOf('>', start);
        assertThat(start).isGreaterThan("/Contents <".length());
        // the hex of the DER signature, then its zero padding (checked on a sample: it is only zeros)
        byte[] cms = java.util.HexFormat.of().parseHex(raw, start, end);
        int der = start
                + 2
                        * new org.bouncycastle.asn1.ASN1InputStream(cms)
                                .readObject()
                                .getEncoded()
                                .length;
        // the delimiters, one hex digit of each DER byte (the high and the low one by turns), a sample of the padding
        List<Integer> positions = new ArrayList<>(List.of(start - 1, end));
        for (int i = 0; start + 2 * i < der; i++) positions.add(start + 2 * i + i % 2);
        for (int pos = der; pos < end; pos += 61) positions.add(pos);
        for (int pos : positions) {
            byte[] bad = pdf.clone();
            bad[pos] = (byte) (bad[pos] == '0' ? '1' : bad[pos] == '<' || bad[pos] == '>' ? ' ' : '0');
            assertThat(verifier.verify(bad, null).valid())
                    .as("PDF signature changed at %d (signature from %d to %d)", pos, start, end)
                    .isFalse();
        }
        Path nss = Tools.nssDb(dir, ca);
        byte[] region = java.util.Arrays.copyOfRange(pdf, start, der);
        java.util.function.UnaryOperator<byte[]> inPdf = badRegion -> {
            byte[] bad = pdf.clone();
            System.arraycopy(badRegion, 0, bad, start, badRegion.length);
            return bad;
        };
        int refusedByPdfsig =
                oracle(region, r -> verifier.verify(inPdf.apply(r), null).valid(), badRegion -> {
                    byte[] bad = inPdf.apply(badRegion);
                    String out = run("pdfsig -nssdir sql:" + nss + " " + write("bad.pdf", bad));
                    return out.contains("Signature is Valid.")
                            && out.contains("Certificate is Trusted.")
                            && out.contains("Total document signed");
                });
        // pdfsig refuses fewer than ours: it does not check the signature time-stamp, for one
        assertThat(refusedByPdfsig).as("pdfsig refuses sampled changes").isPositive();
    }

    /**
     * Runs a tool on {@link #ORACLE_SAMPLES} evenly spread positions, each changed by one (a hex
     * digit to the next hex digit); whatever the tool refuses, ours must refuse. Returns how many
     * the tool refused.
     */
    private int oracle(byte[] data, Predicate<byte[]> oursAccepts, Predicate<byte[]> toolAccepts) {
        int refused = 0;
        int step = Math.max(1, data.length / ORACLE_SAMPLES);
        for (int pos = 0; pos < data.length && pos / step < ORACLE_SAMPLES; pos += step) {
            byte[] bad = data.clone();
            bad[pos] = (byte) (bad[pos] == '9' ? 'A' : bad[pos] == 'F' ? '0' : bad[pos] + 1);
            if (!toolAccepts.test(bad)) {
                refused++;
                assertThat(oursAccepts.test(bad))
                        .as("the tool refuses a change at %d, ours must too", pos)
                        .isFalse();
            }
        }
        return refused;
    }

    private String run(String command) {
        try {
            // (temporary directories have no spaces)
            return Tools.run(dir, command.split(" ")).output();
        } catch (Exception e) {
            throw new IllegalStateException(command, e);
        }
    }

    private Path write(String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(name, e);
        }
    }

    private byte[] fetch(String path) throws Exception {
        return mvc.perform(get(path).with(user("breeder-tamper").roles("BREEDER")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }
}
