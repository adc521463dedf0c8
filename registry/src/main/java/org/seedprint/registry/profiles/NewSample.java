package org.seedprint.registry.profiles;

import org.jspecify.annotations.Nullable;

/** The variety and physical sample behind one sample id of a genotype file. */
public record NewSample(
        long varietyId,
        String barcode,
        @Nullable String seedLot,
        @Nullable String storagePlace) {}
