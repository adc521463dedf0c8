package org.seedprint.registry.profiles;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PanelRecordRepository extends JpaRepository<PanelRecord, Long> {
    Optional<PanelRecord> findByCropCodeAndNameAndPanelVersion(String cropCode, String name, String panelVersion);

    /** Serialises writers of one panel's genotype dictionary. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from PanelRecord p where p.id = :id")
    Optional<PanelRecord> lock(long id);
}
