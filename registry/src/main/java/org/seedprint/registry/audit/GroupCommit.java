package org.seedprint.registry.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Group commit of audit events recorded outside any transaction: whatever events wait when the
 * writer is free are appended in one transaction, so many requests share one chain-head lock and
 * one commit (one fsync) instead of queueing for one each. A caller returns only when its event
 * has committed, as with a transaction of its own.
 */
final class GroupCommit {

    /** At most this many events in one transaction: a group's commit stays short. */
    private static final int MAX_GROUP = 500;

    record Pending(
            AuditEntry entry,
            @Nullable String actor,
            @Nullable String remoteAddress,
            CompletableFuture<AuditEvent> done) {}

    private final BlockingQueue<Pending> waiting = new LinkedBlockingQueue<>();
    private final Function<List<Pending>, List<AuditEvent>> commit;
    private final Thread writer;
    private volatile boolean closed;

    /** {@code commit} appends the group's events in one transaction and returns them in order. */
    GroupCommit(Function<List<Pending>, List<AuditEvent>> commit) {
        this.commit = commit;
        this.writer = Thread.ofPlatform().name("audit-group-commit").daemon().start(this::run);
    }

    AuditEvent append(AuditEntry entry, @Nullable String actor, @Nullable String remoteAddress) {
        if (closed) throw new IllegalStateException("the audit trail is shut down");
        Pending p = new Pending(entry, actor, remoteAddress, new CompletableFuture<>());
        waiting.add(p);
        try {
            return p.done().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private void run() {
        List<Pending> group = new ArrayList<>();
        while (!closed || !waiting.isEmpty()) {
            try {
                Pending first = waiting.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) continue;
                group.add(first);
                waiting.drainTo(group, MAX_GROUP - 1);
                List<AuditEvent> events = commit.apply(group);
                for (int i = 0; i < group.size(); i++) group.get(i).done().complete(events.get(i));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                group.forEach(p -> p.done().completeExceptionally(e));
            }
            group.clear();
        }
    }

    /** Commits what waits, then stops the writer. */
    void close() throws InterruptedException {
        closed = true;
        writer.join(10_000);
    }
}
