package org.seedprint.registry.deposits;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param masterKeyFile      master keys that wrap the per-deposit data keys, one {@code id:base64} per
 *                           line, the last one current; generated on first start (keep a backup offline)
 * @param maxAttachmentSize  largest accepted attachment
 * @param maxAttachments     most attachments per deposit
 */
@ConfigurationProperties("seedprint.deposits")
public record DepositProperties(
        @DefaultValue("var/keys/master.keys") Path masterKeyFile,
        @DefaultValue("50MB") DataSize maxAttachmentSize,
        @DefaultValue("20") int maxAttachments) {}
