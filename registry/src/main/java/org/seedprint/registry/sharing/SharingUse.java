package org.seedprint.registry.sharing;

/** What shared material may be used for; an offer names the uses it allows, a request the one it asks for. */
public enum SharingUse {
    RESEARCH,
    BREEDING,
    COMMERCIAL
}
