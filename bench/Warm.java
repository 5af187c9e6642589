import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Runs jixiao ROUNDS times in one JVM and prints each round's wall time: round 1 pays for class
 * loading, JIT and library set-up (cold), later rounds show the warm rate.
 * The process CPU time (user + sys, all threads) of each round is printed too: on a shared machine
 * it says more than the wall time.
 * Usage: java -cp target/jixiao.jar bench/Warm.java ROUNDS render --all ... --force
 */
public final class Warm {
  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  public static void main(String[] args) {
    int rounds = Integer.parseInt(args[0]);
    String[] jixiao = Arrays.copyOfRange(args, 1, args.length);
    PrintStream sink = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    for (int r = 1; r <= rounds; r++) {
      long t = System.nanoTime();
      long c = cpu();
      int code = org.jixiao.cli.Main.run(sink, System.err, jixiao);
      System.out.printf(Locale.ROOT, "round %d: %.3f s (exit %d), process CPU %.3f s%n", r,
          (System.nanoTime() - t) / 1e9, code, (cpu() - c) / 1e9);
    }
  }
}
