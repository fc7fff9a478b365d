package org.editio.exist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class WriteBarrierTest {

    record Span(long start, long end) {
    }

    @Test
    void everyCallerWaitsForAQueryThatStartedAfterItCameGetsItsAnswerAndQueriesAreShared() throws Exception {
        WriteBarrier barrier = new WriteBarrier();
        List<Span> queries = Collections.synchronizedList(new ArrayList<>());
        List<Span> calls = Collections.synchronizedList(new ArrayList<>());
        AtomicLong numbered = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<?>> work = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            work.add(pool.submit(() -> {
                for (int k = 0; k < 10; k++) {
                    long came = System.nanoTime();
                    long startedBefore = numbered.get();
                    long answer = barrier.await(() -> {
                        long number = numbered.incrementAndGet();
                        long start = System.nanoTime();
                        sleep(5);
                        queries.add(new Span(start, System.nanoTime()));
                        return number;
                    });
                    calls.add(new Span(came, System.nanoTime()));
                    assertTrue(answer > startedBefore, "answered by query " + answer + ", which started before the call");
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        for (Span call : calls) {
            assertTrue(queries.stream().anyMatch(q -> q.start() >= call.start() && q.end() <= call.end()),
                    "a call returned without a query that started after it came");
        }
        assertTrue(queries.size() < calls.size() / 2, queries.size() + " queries for " + calls.size() + " calls");
    }

    @Test
    void theFailureOfTheSharedQueryReachesItsWaitersAndTheNextCallTriesAgain() {
        WriteBarrier barrier = new WriteBarrier();
        AtomicInteger runs = new AtomicInteger();
        assertThrows(IllegalStateException.class, () -> barrier.await(() -> {
            runs.incrementAndGet();
            throw new IllegalStateException("down");
        }));
        assertEquals(2, barrier.await(runs::incrementAndGet));
        assertEquals(2, runs.get());
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
