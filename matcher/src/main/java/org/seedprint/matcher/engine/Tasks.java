package org.seedprint.matcher.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Runs a search's tasks on an executor that may be shared and bounded: up to {@code parallelism - 1}
 * helpers are handed to the executor and the calling thread works too, all taking tasks from one
 * counter. The caller waits only for tasks that were taken, never for a helper the executor has not
 * started yet, so a busy shared pool slows a search down but cannot block it.
 */
final class Tasks {

    private final @Nullable Executor executor;
    private final int parallelism;

    Tasks(@Nullable Executor executor, int parallelism) {
        if (parallelism < 1) throw new IllegalArgumentException("parallelism must be >= 1");
        this.executor = executor;
        this.parallelism = executor == null ? 1 : parallelism;
    }

    int parallelism() {
        return parallelism;
    }

    <T> List<T> run(List<Callable<T>> tasks) {
        int count = tasks.size();
        Object[] results = new Object[count];
        AtomicInteger next = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(count);
        AtomicReference<@Nullable Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            for (int t; (t = next.getAndIncrement()) < count; ) {
                try {
                    if (failure.get() == null) results[t] = tasks.get(t).call();
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                } finally {
                    done.countDown();
                }
            }
        };
        Executor ex = executor;
        if (ex != null) for (int h = 1; h < Math.min(parallelism, count); h++) ex.execute(worker);
        worker.run();
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        Throwable e = failure.get();
        if (e instanceof RuntimeException re) throw re;
        if (e instanceof Error err) throw err;
        if (e != null) throw new IllegalStateException(e);
        List<T> out = new ArrayList<>(count);
        @SuppressWarnings("unchecked") // each slot holds the result of its own Callable<T>
        List<T> typed = (List<T>) (List<?>) Arrays.asList(results);
        out.addAll(typed);
        return out;
    }

    /** {@code parts} tasks over rows [from, to), about equal in size. */
    interface Chunk<T> {
        T run(int from, int to);
    }

    <T> List<T> chunks(int from, int to, Chunk<T> chunk) {
        int rows = to - from;
        int parts = parallelism == 1 ? 1 : Math.max(1, Math.min(rows, parallelism * 4));
        List<Callable<T>> tasks = new ArrayList<>(parts);
        for (int x = 0; x < parts; x++) {
            int a = from + (int) ((long) rows * x / parts), b = from + (int) ((long) rows * (x + 1) / parts);
            tasks.add(() -> chunk.run(a, b));
        }
        return run(tasks);
    }
}
