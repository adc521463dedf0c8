package org.seedprint.registry.varieties;

import org.springframework.data.jpa.repository.JpaRepository;

interface CropRepository extends JpaRepository<Crop, String> {}
