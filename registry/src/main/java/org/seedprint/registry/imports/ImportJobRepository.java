package org.seedprint.registry.imports;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ImportJobRepository extends JpaRepository<ImportJob, Long> {
    Optional<ImportJob> findFirstBySourceSha256AndStatus(String sourceSha256, ImportJob.Status status);
}
