package org.seedprint.registry.varieties;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.hibernate.type.descriptor.java.CoercionException;
import org.junit.jupiter.api.Test;
import org.seedprint.registry.RegistryIntegrationTest;
import org.seedprint.registry.imports.ImportService;
import org.seedprint.registry.profiles.ProfileService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The queries that load entities by a list of ids bind the list so that Hibernate throws no
 * {@link CoercionException} (it throws and catches one per call when a list is bound as one
 * value to {@code in :ids}). Counted with JFR's exception-throw event on this thread, so that the
 * count is exact, not a timing; the first case shows the counter sees the old binding's exception.
 */
@RegistryIntegrationTest
class IdListBindingTest {

    @Autowired
    VarietyService varieties;

    @Autowired
    VarietyCatalogue catalogue;

    @Autowired
    ProfileService profiles;

    @Autowired
    ImportService imports;

    @Autowired
    EntityManager em;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void listsOfIdsAreBoundWithoutACoercionException() throws IOException {
        List<Long> ids = List.of(1L, 2L, 3L, 999_999_999L);
        long profiled = jdbc
                .queryForList(
                        "SELECT s.variety_id FROM profile p JOIN sample s ON s.id = p.sample_id LIMIT 1", Long.class)
                .stream()
                .findFirst()
                .orElse(1L);

        // the counter sees what the old binding (a list as one value) throws
        assertThat(coercions(() -> tx.executeWithoutResult(
                        s -> em.createQuery("select v from Variety v where v.id in :ids", Variety.class)
                                .setParameter("ids", ids)
                                .getResultList())))
                .as("a list bound as one value")
                .isPositive();

        assertThat(coercions(() -> varieties.findAll(ids)))
                .as("VarietyService.findAll")
                .isZero();
        assertThat(coercions(() -> catalogue.find(VarietyCatalogue.VarietyFilter.ofIds(ids), 0, 10)))
                .as("VarietyCatalogue.find by ids")
                .isZero();
        assertThat(coercions(() -> profiles.profilesOfVariety(profiled)))
                .as("ProfileService.profilesOfVariety")
                .isZero();
        assertThat(coercions(imports::failInterrupted))
                .as("ImportService.failInterrupted")
                .isZero();
    }

    /** CoercionExceptions thrown on this thread while the action runs. */
    private static long coercions(Runnable action) throws IOException {
        Path file = Files.createTempFile("coercions", ".jfr");
        try (Recording r = new Recording()) {
            r.enable("jdk.JavaExceptionThrow");
            r.start();
            action.run();
            r.stop();
            r.dump(file);
            long thread = Thread.currentThread().threadId();
            return RecordingFile.readAllEvents(file).stream()
                    .filter(e -> e.getThread() != null && e.getThread().getJavaThreadId() == thread)
                    .filter(IdListBindingTest::isCoercion)
                    .count();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static boolean isCoercion(RecordedEvent e) {
        var thrown = e.getClass("thrownClass");
        return thrown != null && thrown.getName().equals(CoercionException.class.getName());
    }
}
