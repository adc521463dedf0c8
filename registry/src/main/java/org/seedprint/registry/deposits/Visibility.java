package org.seedprint.registry.deposits;

/** Open deposits are public; sealed ones (trade secrets) show only digest, depositor, crop and time. */
public enum Visibility {
    OPEN,
    SEALED
}
