package org.seedprint.registry.imports;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ImportJobRepository extends JpaRepository<ImportJob, Long> {
    Optional<ImportJob> findFirstBySourceSha256AndStatus(String sourceSha256, ImportJob.Status status);

    List<ImportJob> findByStatusIn(Collection<ImportJob.Status> statuses);
}
