package org.seedprint.registry.evidence;

/** The log signed a checkpoint of a new tree size (published in the appending transaction). */
record CheckpointPublished(long size) {}
