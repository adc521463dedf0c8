package org.seedprint.registry.varieties;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One parent of a variety and the part it played. */
@Embeddable
public record Parentage(
        @Column(name = "parent_id", nullable = false) Long parentId,

        @Enumerated(EnumType.STRING) @Column(name = "role", nullable = false, length = 16)
        Role role) {

    public enum Role {
        FEMALE,
        MALE,
        RECURRENT,
        MUTANT_OF,
        SELECTED_FROM
    }
}
