package org.seedprint.registry.profiles;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProfileRepository extends JpaRepository<Profile, Long> {
    List<Profile> findBySampleId(long sampleId);

    Optional<Profile> findBySampleIdAndPanelId(long sampleId, long panelId);
}
