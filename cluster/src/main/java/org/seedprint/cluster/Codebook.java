package org.seedprint.cluster;

import org.seedprint.matcher.panel.MarkerPanel;
import org.seedprint.matcher.profile.AlleleDictionary;

/** A {@link PanelDictionary} opened on an executor: the panel and dictionary the task's libraries share. */
public record Codebook(MarkerPanel panel, AlleleDictionary dictionary, int bits) {}
