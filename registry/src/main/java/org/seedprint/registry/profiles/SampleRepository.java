package org.seedprint.registry.profiles;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SampleRepository extends JpaRepository<Sample, Long> {
    Optional<Sample> findByBarcode(String barcode);
}
