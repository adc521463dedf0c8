package org.seedprint.registry.platform;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Collects what a transaction changed and acts on it once, after it commits: an import that
 * touches a thousand varieties or a panel many times reindexes or reloads each only once, and a
 * rolled-back write leaves nothing behind. Without a transaction the action runs at once.
 */
public final class AfterCommit {

    private AfterCommit() {}

    /** Adds {@code item} to {@code owner}'s set for the current transaction; {@code onCommit} gets the set once. */
    public static <T> void collect(Object owner, T item, Consumer<Set<T>> onCommit) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            onCommit.accept(Set.of(item));
            return;
        }
        @SuppressWarnings("unchecked")
        Set<T> pending = (Set<T>) TransactionSynchronizationManager.getResource(owner);
        if (pending == null) {
            Set<T> items = new LinkedHashSet<>();
            TransactionSynchronizationManager.bindResource(owner, items);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(owner);
                    if (status == STATUS_COMMITTED) onCommit.accept(items);
                }
            });
            pending = items;
        }
        pending.add(item);
    }
}
