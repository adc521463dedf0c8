package org.seedprint.registry.profiles;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProfileRepository extends JpaRepository<StoredProfile, Long> {
    List<StoredProfile> findBySampleId(long sampleId);

    Optional<StoredProfile> findBySampleIdAndPanelId(long sampleId, long panelId);
}
