package io.github.somepolicy.maven;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A piece of set-up done on a thread of its own while the build thread does another, such as opening the
 * Git repository while the validator compiles its schemas: in a fresh JVM each takes a few hundred
 * milliseconds, most of it loading classes, and a machine has more than one processor.
 *
 * @param <T> what the work gives
 */
final class Background<T> {

    private final FutureTask<T> task;

    private Background(Callable<T> work, String name) {
        this.task = new FutureTask<>(work);
        Thread thread = new Thread(task, "somepolicy-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts the work on a daemon thread of its own. */
    static <T> Background<T> start(String name, Callable<T> work) {
        return new Background<>(work, name);
    }

    /**
     * Waits until the work has finished, whatever it gave: a goal that stops early waits for what it
     * started, so that no thread of its own still loads classes or resources from the plugin when Maven
     * closes the plugin's class loader (which would end in errors in the build's log).
     */
    void settle() {
        try {
            get();
        } catch (Exception | Error e) {
            // what the work gave, or threw, is not wanted here
        }
    }

    /** Settles every piece of work started, of those given; {@code null} stands for work not started. */
    static void settleAll(Background<?>... works) {
        for (Background<?> work : works) {
            if (work != null) {
                work.settle();
            }
        }
    }

    /** What the work gave, once it has finished; what it threw is thrown again. */
    T get() throws Exception {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof Error error) {
                        throw error;
                    }
                    throw (Exception) cause;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
