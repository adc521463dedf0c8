package org.seedprint.registry.evidence;

import java.security.cert.X509Certificate;
import org.jspecify.annotations.Nullable;

/**
 * What a verification trusts: the registry's root CA (time-stamps and signatures chain to it),
 * the log's note key (checkpoints; absent offline when only a PDF or a time-stamp is checked) and
 * the witnesses with their quorum (cosignatures).
 */
public record TrustAnchors(X509Certificate root, @Nullable NoteKey logKey, WitnessProperties witnesses) {}
