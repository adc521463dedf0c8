package org.seedprint.registry.deposits;

/** Deposit request bodies used by the tests. */
final class DepositFixtures {

    private DepositFixtures() {}

    static String json(String visibility, String accessionName, String secret) {
        return """
                {"crop":"ORYZA_SAT","visibility":"%s",
                 "passport":{"accessionNumber":"HN-2026-%s","accessionName":"%s","genus":"Oryza","species":"sativa",
                             "biologicalStatus":"412","originCountry":"CHN","acquisitionDate":"20260301"},
                 "pedigree":"丹霞红梨 x IR64","breedingHistory":"F6 pedigree selection, Sanya 2024-2026",
                 "description":"%s",
                 "sample":{"barcode":"SP-%s","quantity":"500 g","storagePlace":"Sanya cold store B-3",
                           "receivedBy":"clerk1","receivedAt":"2026-11-20T08:00:00Z"}}
                """.formatted(visibility, accessionName, accessionName, secret, accessionName);
    }
}
