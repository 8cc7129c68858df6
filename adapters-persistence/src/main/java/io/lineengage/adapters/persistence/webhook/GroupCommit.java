package io.lineengage.adapters.persistence.webhook;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Lets concurrent callers share one database write: each enqueues its work and waits; whoever finds the writer free
 * takes everything queued and writes it as one batch (one statement, one commit). Under load, batches grow with the
 * number of callers waiting, so commits per second stay low while every caller still returns only once its own
 * work is durable. Alone, a caller writes at once.
 */
final class GroupCommit<I, O> {
    private final LinkedBlockingQueue<Request<I, O>> queue = new LinkedBlockingQueue<>();
    private final ReentrantLock writer = new ReentrantLock();
    private final int maxBatch;
    private final Function<List<I>, List<O>> write;

    private record Request<I, O>(I item, CompletableFuture<O> done) {}

    /** {@code write} takes a batch and answers one result per item, in order. */
    GroupCommit(int maxBatch, Function<List<I>, List<O>> write) {
        this.maxBatch = maxBatch;
        this.write = write;
    }

    O submit(I item) {
        Request<I, O> request = new Request<>(item, new CompletableFuture<>());
        queue.add(request);
        while (!request.done().isDone()) {
            if (writer.tryLock()) {
                try {
                    drain();
                } finally {
                    writer.unlock();
                }
            } else {
                try {
                    request.done().get(2, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    // the writer was busy with an earlier batch: look again
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the write", e);
                } catch (ExecutionException e) {
                    break;
                }
            }
        }
        try {
            return request.done().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    private void drain() {
        List<Request<I, O>> batch = new ArrayList<>();
        while (queue.drainTo(batch, maxBatch) > 0 || !batch.isEmpty()) {
            try {
                List<O> results = write.apply(batch.stream().map(Request::item).toList());
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).done().complete(results.get(i));
                }
            } catch (RuntimeException e) {
                batch.forEach(request -> request.done().completeExceptionally(e));
            }
            batch.clear();
        }
    }
}
