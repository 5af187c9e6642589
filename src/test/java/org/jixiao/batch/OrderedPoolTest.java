package org.jixiao.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedPoolTest {
  @Test
  void resultsArriveInInputOrderWhateverOrderTheyFinishIn() {
    List<Integer> inputs = IntStream.range(0, 40).boxed().toList();
    List<Integer> seen = new ArrayList<>();
    OrderedPool.run(inputs, 4, i -> {
      sleep((40 - i) % 7);
      return i * 10;
    }, seen::add);
    assertEquals(inputs.stream().map(i -> i * 10).toList(), seen);
  }

  @Test
  void noMoreThanTwiceTheJobsAreHeldAtOnce() {
    AtomicInteger started = new AtomicInteger();
    AtomicInteger maxAhead = new AtomicInteger();
    List<Integer> consumed = new ArrayList<>();
    OrderedPool.run(IntStream.range(0, 50).boxed().toList(), 3, i -> {
      started.incrementAndGet();
      sleep(1);
      return i;
    }, i -> {
      // started but not yet consumed: in flight or waiting in order
      maxAhead.accumulateAndGet(started.get() - consumed.size(), Math::max);
      consumed.add(i);
      sleep(2);
    });
    assertEquals(50, consumed.size());
    assertTrue(maxAhead.get() <= 6, "held at once: " + maxAhead.get());
  }

  @Test
  void aBugInTheWorkReachesTheCaller() {
    assertThrows(IllegalStateException.class, () -> OrderedPool.run(List.of(1, 2, 3), 2, i -> {
      if (i == 2) {
        throw new IllegalStateException("boom");
      }
      return i;
    }, i -> { }));
  }

  @Test
  void oneJobRunsOnTheCallingThread() {
    Thread caller = Thread.currentThread();
    List<Thread> threads = new ArrayList<>();
    OrderedPool.run(List.of(1, 2), 1, i -> Thread.currentThread(), threads::add);
    assertEquals(List.of(caller, caller), threads);
  }

  private static void sleep(int ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
