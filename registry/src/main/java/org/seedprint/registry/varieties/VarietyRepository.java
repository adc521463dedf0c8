package org.seedprint.registry.varieties;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface VarietyRepository extends JpaRepository<Variety, Long> {

    @Query("select v from Variety v where v.cropCode = :crop and lower(v.denominationLatin) = lower(:name)")
    Optional<Variety> findByLatin(String crop, String name);

    @Query("select v from Variety v where v.cropCode = :crop and v.denominationChinese = :name")
    Optional<Variety> findByChinese(String crop, String name);

    Page<Variety> findByOwnerOrganisationId(long ownerOrganisationId, Pageable page);
}
