package org.seedprint.registry.profiles;

/** Profiles of a panel were added or removed; published inside the writing transaction. */
public record ProfilesChanged(long panelId) {}
