package org.seedprint.registry.deposits;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.util.unit.DataSize;

/** Attachment checks: allowed types whose bytes match, the size limit while streaming, the digest. */
class AttachmentsTest {

    private final Attachments attachments =
            new Attachments(new DepositProperties(Path.of("unused"), DataSize.ofKilobytes(8), 20));

    @Test
    void acceptsMatchingContentAndDigestsIt() {
        var checked = attachments.check(
                upload("g.tsv", "text/tab-separated-values; charset=utf-8", "sample\tlocus\n".getBytes(UTF_8)));
        assertThat(checked.contentType()).isEqualTo("text/tab-separated-values");
        assertThat(checked.size()).isEqualTo(13);
        assertThat(HexFormat.of().formatHex(checked.sha256()))
                .isEqualTo(HexFormat.of().formatHex(DepositService.sha256("sample\tlocus\n".getBytes(UTF_8))));
        assertThat(attachments
                        .check(upload("scan.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2}))
                        .size())
                .isEqualTo(6);
        assertThat(attachments
                        .check(upload("中文.txt", "text/plain", "丹霞红梨".getBytes(StandardCharsets.UTF_8)))
                        .upload()
                        .fileName())
                .isEqualTo("中文.txt");
    }

    @Test
    void refusesWhatIsNotWhatItClaimsOrTooLarge() {
        assertThatThrownBy(() -> attachments.check(upload("x.exe", "application/x-msdownload", new byte[] {'M', 'Z'})))
                .hasMessageContaining("x.exe")
                .hasMessageContaining("not accepted");
        assertThatThrownBy(() -> attachments.check(upload("fake.pdf", "application/pdf", "hello".getBytes(UTF_8))))
                .hasMessageContaining("fake.pdf is declared application/pdf");
        assertThatThrownBy(() -> attachments.check(upload("bin.txt", "text/plain", new byte[] {'a', 0, 'b'})))
                .hasMessageContaining("binary");
        assertThatThrownBy(() ->
                        attachments.check(upload("latin1.csv", "text/csv", new byte[] {'a', (byte) 0xE9, 'b'})))
                .hasMessageContaining("not UTF-8");
        assertThatThrownBy(() -> attachments.check(
                        upload("big.txt", "text/plain", "x".repeat(8 * 1024 + 1).getBytes(UTF_8))))
                .hasMessageContaining("big.txt is larger than");
        assertThat(attachments
                        .check(upload(
                                "edge.txt", "text/plain", "x".repeat(8 * 1024).getBytes(UTF_8)))
                        .size())
                .isEqualTo(8192);
    }

    private static Attachments.Upload upload(String name, String type, byte[] data) {
        return new Attachments.Upload(name, type, new ByteArrayResource(data));
    }
}
