package org.seedprint.registry.deposits;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.seedprint.registry.platform.DomainException.Invalid;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Component;

/**
 * Checks attachments while streaming them once: size limit, an allowed content type whose
 * leading bytes match it (a "PDF" must start with %PDF-), and the SHA-256 that goes into the
 * canonical content. Nothing is stored here.
 */
@Component
class Attachments {

    /** An uploaded file before checking. */
    record Upload(@Nullable String fileName, @Nullable String contentType, InputStreamSource data) {}

    /** A checked attachment: what the canonical content lists about it. */
    record Checked(Upload upload, String contentType, long size, byte[] sha256) {}

    private static final Map<String, byte[]> MAGIC = Map.of(
            "application/pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII),
            "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'},
            "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            "application/gzip", new byte[] {0x1F, (byte) 0x8B});
    /** Text formats: genotype tables, VCF, CSV passport sheets, notes. */
    private static final Set<String> TEXT =
            Set.of("text/plain", "text/csv", "text/tab-separated-values", "text/x-vcf", "text/vcf");

    private static final int SNIFF = 4096;

    private final DepositProperties props;

    Attachments(DepositProperties props) {
        this.props = props;
    }

    Checked check(Upload upload) {
        String name = upload.fileName() == null || upload.fileName().isBlank() ? "(unnamed)" : upload.fileName();
        String type = upload.contentType() == null
                ? ""
                : upload.contentType().split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (!MAGIC.containsKey(type) && !TEXT.contains(type)) {
            throw new Invalid(
                    "attachments",
                    "attachment " + name + ": content type '" + type + "' is not accepted; use one of "
                            + new TreeSet<>(union()));
        }
        long limit = props.maxAttachmentSize().toBytes();
        try (InputStream in = upload.data().getInputStream()) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] head = in.readNBytes(SNIFF);
            if (head.length == 0) {
                // an empty file is evidence of nothing, and usually a client that lost the file
                throw new Invalid("attachments", "attachment " + name + " is empty (0 bytes)");
            }
            checkType(name, type, head);
            sha.update(head);
            long size = head.length;
            byte[] buf = new byte[64 * 1024];
            for (int n; (n = in.read(buf)) > 0; ) {
                size += n;
                if (size > limit) {
                    throw new Invalid(
                            "attachments", "attachment " + name + " is larger than the limit of " + limit + " bytes");
                }
                sha.update(buf, 0, n);
            }
            if (size > limit) {
                throw new Invalid(
                        "attachments", "attachment " + name + " is larger than the limit of " + limit + " bytes");
            }
            return new Checked(new Upload(name, type, upload.data()), type, size, sha.digest());
        } catch (IOException e) {
            throw new Invalid("attachments", "attachment " + name + " could not be read: " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void checkType(String name, String type, byte[] head) {
        byte[] magic = MAGIC.get(type);
        if (magic != null) {
            if (head.length < magic.length || !Arrays.equals(Arrays.copyOf(head, magic.length), magic)) {
                throw new Invalid(
                        "attachments", "attachment " + name + " is declared " + type + " but its content is not");
            }
            return;
        }
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        try {
            // A multi-byte character may be cut at the sniff boundary: drop up to 3 trailing bytes.
            int end = head.length;
            for (int tries = 0; ; tries++) {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(head, 0, end));
                    break;
                } catch (CharacterCodingException e) {
                    if (tries == 3 || end == 0 || head.length < SNIFF) throw e;
                    end--;
                }
            }
        } catch (CharacterCodingException e) {
            throw new Invalid("attachments", "attachment " + name + " is declared " + type + " but is not UTF-8 text");
        }
        for (byte b : head) {
            if (b == 0) {
                throw new Invalid(
                        "attachments", "attachment " + name + " is declared " + type + " but holds binary data");
            }
        }
    }

    private static Set<String> union() {
        Set<String> all = new HashSet<>(TEXT);
        all.addAll(MAGIC.keySet());
        return all;
    }
}
