package org.jixiao.batch;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a function over inputs on {@code jobs} threads and hands each result to a consumer on the
 * calling thread, in input order, whatever order they finish in. At most {@code 2 × jobs}
 * results exist at once, so memory stays flat however many inputs there are.
 */
public final class OrderedPool {
  private OrderedPool() {}

  public static <I, R> void run(List<I> inputs, int jobs, Function<I, R> work, Consumer<R> sink) {
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be at least 1: " + jobs);
    }
    if (jobs == 1 || inputs.size() <= 1) {
      inputs.forEach(i -> sink.accept(work.apply(i)));
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
      Thread t = new Thread(r, "jixiao-render");
      t.setDaemon(true);
      return t;
    });
    try {
      int window = 2 * jobs;
      Deque<Future<R>> inFlight = new ArrayDeque<>();
      int next = 0;
      while (next < inputs.size() || !inFlight.isEmpty()) {
        while (next < inputs.size() && inFlight.size() < window) {
          I input = inputs.get(next++);
          inFlight.add(pool.submit(() -> work.apply(input)));
        }
        sink.accept(await(inFlight.poll()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <R> R await(Future<R> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      // the work function reports user-facing failures as results; what gets here is a bug
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
