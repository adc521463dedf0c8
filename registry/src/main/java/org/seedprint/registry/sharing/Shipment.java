package org.seedprint.registry.sharing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What the owner records when it ships the material: the physical sample's ID, the quantity, the date. */
public record Shipment(
        @NotBlank @Size(max = 64) String sampleId,
        @NotBlank @Size(max = 64) String quantity,
        @NotNull LocalDate shippedOn) {}
