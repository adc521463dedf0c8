package org.seedprint.registry.deposits;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamSource;

/** One file attached to a deposit, as a caller outside this area hands it over (a page's upload). */
public record AttachmentFile(
        @Nullable String fileName, @Nullable String contentType, InputStreamSource data) {}
