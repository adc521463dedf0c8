package org.seedprint.registry.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.seedprint.registry.RegistryIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@RegistryIntegrationTest
class AfterCommitTest {

    @Autowired
    PlatformTransactionManager transactions;

    private final List<Set<Long>> handedOver = new ArrayList<>();

    private void changed(long id) {
        AfterCommit.collect(this, id, handedOver::add);
    }

    @Test
    void aTransactionHandsOverWhatItChangedOnceAfterCommit() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            changed(7);
            changed(9);
            changed(7);
            assertThat(handedOver).as("nothing before the commit").isEmpty();
        });
        assertThat(handedOver).containsExactly(Set.of(7L, 9L));
    }

    @Test
    void aRolledBackTransactionHandsOverNothing() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            changed(3);
            status.setRollbackOnly();
        });
        assertThat(handedOver).isEmpty();
    }

    @Test
    void withoutATransactionTheChangeIsHandedOverAtOnce() {
        changed(5);
        assertThat(handedOver).containsExactly(Set.of(5L));
    }
}
