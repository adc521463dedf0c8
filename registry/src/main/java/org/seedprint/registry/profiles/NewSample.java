package org.seedprint.registry.profiles;

/** The variety and physical sample behind one sample id of a genotype file. */
public record NewSample(long varietyId, String barcode, String seedLot, String storagePlace) {}
