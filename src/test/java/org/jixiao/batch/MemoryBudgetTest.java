package org.jixiao.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoryBudgetTest {
  private static final long MIB = 1024 * 1024;

  /** The most threads holding a share at once, each holding {@code each} of {@code total}. */
  @SuppressWarnings("try")
  private static int most(long total, long each, int threads) throws InterruptedException {
    MemoryBudget b = new MemoryBudget(total);
    AtomicInteger active = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    List<Thread> ts = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      Thread t = new Thread(() -> {
        try (MemoryBudget.Held h = b.acquire(each)) {
          most.accumulateAndGet(active.incrementAndGet(), Math::max);
          Thread.sleep(40);
          active.decrementAndGet();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      ts.add(t);
      t.start();
    }
    for (Thread t : ts) {
      t.join();
    }
    return most.get();
  }

  @Test
  void sharesLargerThanHalfTheBudgetAreHeldOneAtATime() throws InterruptedException {
    assertEquals(1, most(100 * MIB, 60 * MIB, 4));
  }

  @Test
  void aShareLargerThanTheBudgetTakesAllOfItInsteadOfWaitingForever() throws InterruptedException {
    assertEquals(1, most(100 * MIB, 900 * MIB, 3));
  }

  @Test
  void smallSharesAreHeldSideBySide() throws InterruptedException {
    assertTrue(most(100 * MIB, 10 * MIB, 4) > 1);
  }

  @Test
  @SuppressWarnings("try")
  void aloneWaitsForEveryShareAndHoldsOffTheNext() throws InterruptedException {
    MemoryBudget b = new MemoryBudget(100 * MIB);
    MemoryBudget.Held small = b.acquire(10 * MIB);
    AtomicInteger order = new AtomicInteger();
    Thread t = new Thread(() -> {
      try (MemoryBudget.Held all = b.alone()) {
        order.compareAndSet(1, 2);
      }
    });
    t.start();
    Thread.sleep(50);
    order.set(1);
    small.close();
    t.join(5000);
    assertEquals(2, order.get(), "alone() ran only after the small share was given back");
  }

  @Test
  void validateWarnsOfAFileEstimatedToNeedMoreThanTheHeapAndOnlyThen() {
    long heap = Runtime.getRuntime().maxMemory();
    assertEquals(null, MemoryBudget.tooLargeForHeap("f.yaml", 8 * 1024));
    org.jixiao.diag.Diagnostic d = MemoryBudget.tooLargeForHeap("f.yaml",
        heap / MemoryBudget.BYTES_PER_YAML_BYTE + 1);
    assertEquals("memory", d.rule());
    assertTrue(!d.isError() && d.hint().contains("JIXIAO_HEAP"), d.toString());
  }
}
