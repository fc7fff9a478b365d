package org.editio.exist;

import java.util.function.LongSupplier;

/**
 * One edition's barrier after writes (a read of its meta.xml, see {@link EditionStore#draftRevision}),
 * shared by the writers waiting for it. A barrier covers every write whose answer came before the barrier
 * started, so a writer waits for the next one to start and finish, and the one writer that finds none
 * running starts it. Under load, one barrier then serves all the writers that finished meanwhile, instead
 * of one each. It answers the draft's revision then, which readers take as a check that costs no request
 * of its own under load.
 */
final class WriteBarrier {

    private long revision = -1;
    private long started;
    private long finished;
    private boolean running;
    private long failedRun = -1;
    private RuntimeException failure;

    /**
     * Returns once a barrier that started after this call has finished; its failure is the caller's.
     * @param barrier the read that is the barrier, run by the one caller that starts it
     * @return the revision that barrier (or a later one) answered
     */
    long await(LongSupplier barrier) {
        long target;
        synchronized (this) {
            // The barrier running now (if any) may have started before our write answered: it does not count.
            target = started + 1;
            while (finished < target) {
                if (!running) {
                    running = true;
                    started++;
                    break;
                }
                waitQuietly();
            }
            if (finished >= target) {
                rethrowIfFailed(target);
                return revision;
            }
        }
        RuntimeException error = null;
        long answered = -1;
        try {
            answered = barrier.getAsLong();
            return answered;
        } catch (RuntimeException e) {
            error = e;
            throw e;
        } finally {
            synchronized (this) {
                running = false;
                finished = started;
                if (error != null) {
                    failedRun = started;
                    failure = error;
                } else {
                    revision = answered;
                }
                notifyAll();
            }
        }
    }

    private void rethrowIfFailed(long run) {
        if (run == failedRun) {
            throw failure;
        }
    }

    private void waitQuietly() {
        try {
            wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for eXist-db to finish a write", e);
        }
    }
}
