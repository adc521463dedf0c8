package org.seedprint.registry.audit;

/**
 * The newest link of the audit chain. Publishing it (later: as a leaf of the evidence area's
 * transparency log) fixes every event up to {@code seq}: none can then change unnoticed.
 */
public record ChainHead(long seq, String digest) {}
