package io.github.somepolicy.engine;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * A small pool that runs one task per file index on every processor, the calling thread included. Each
 * thread takes the next index as it finishes one, so a large file never holds up the others' share.
 */
final class Workers implements AutoCloseable {

    private static final int FILES_PER_THREAD = 8;

    private final ExecutorService pool;
    private final int threads;

    private Workers(int threads) {
        this.threads = threads;
        if (threads > 1) {
            AtomicInteger count = new AtomicInteger();
            this.pool = Executors.newFixedThreadPool(threads - 1, task -> {
                Thread thread = new Thread(task, "somepolicy-" + count.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
        } else {
            this.pool = null;
        }
    }

    /** A pool of the requested size ({@code 0}: one per processor), never larger than the work needs. */
    static Workers of(int requested, int files) {
        int wanted = requested > 0 ? requested : Runtime.getRuntime().availableProcessors();
        int useful = Math.max(1, (files + FILES_PER_THREAD - 1) / FILES_PER_THREAD);
        return new Workers(Math.max(1, Math.min(wanted, useful)));
    }

    /** Runs the task for every index and returns when all are done; a task's exception is rethrown. */
    void forEach(List<Integer> indexes, IntConsumer task) {
        if (indexes.isEmpty()) {
            return;
        }
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < indexes.size(); i = next.getAndIncrement()) {
                task.accept(indexes.get(i));
            }
        };
        if (pool == null || indexes.size() == 1) {
            worker.run();
            return;
        }
        int helpers = Math.min(threads - 1, indexes.size() - 1);
        Future<?>[] futures = new Future<?>[helpers];
        for (int t = 0; t < helpers; t++) {
            futures[t] = pool.submit(worker);
        }
        Throwable failure = null;
        try {
            worker.run();
        } catch (RuntimeException | Error e) {
            failure = e;
            next.set(indexes.size());
        }
        for (Future<?> future : futures) {
            try {
                future.get();
            } catch (ExecutionException e) {
                failure = failure != null ? failure : e.getCause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = failure != null ? failure : new IllegalStateException("interrupted", e);
            }
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
