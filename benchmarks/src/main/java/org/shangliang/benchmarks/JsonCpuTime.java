package org.shangliang.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * Run: {@code java -cp benchmarks/target/benchmarks.jar org.shangliang.benchmarks.JsonCpuTime
 * [rounds]}.
 *
 * <p>The four benchmarks of {@link JsonBenchmark} measured in CPU time of the measuring thread
 * instead of wall-clock time, for a machine shared with other work: on 2 busy cores a JMH
 * throughput run mostly measures how often the thread was scheduled, while the thread's CPU time
 * per call moves much less. After a warm-up, each round runs 2,048 calls of each benchmark in turn
 * (so all four see the same conditions) and records the CPU time per call; the minimum and the
 * median over the rounds are printed, beside the wall-clock time per call (its minimum is the
 * round least disturbed), and the ratios of the CPU medians (databind ÷ ours: above 1, ours is
 * faster). CPU time still includes what the load costs through shared caches; it is a
 * complement to JMH, not a replacement.
 */
public final class JsonCpuTime {
  private static final int CALLS = 2_048;

  private JsonCpuTime() {}

  private interface Call {
    Object run() throws IOException;
  }

  /**
   * Measures and prints.
   *
   * @param args the number of rounds (30 if none)
   * @throws IOException never: the documents are valid
   */
  public static void main(String[] args) throws IOException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    JsonBenchmark benchmark = new JsonBenchmark();
    benchmark.setUp();
    String[] names = {"readOurs", "readDatabindBeans", "writeOurs", "writeDatabindBeans"};
    Call[] calls = {
      benchmark::readOurs, benchmark::readDatabindBeans, benchmark::writeOurs,
      benchmark::writeDatabindBeans
    };
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long sink = 0;
    for (int warmUp = 0; warmUp < 10; warmUp++) {
      for (Call call : calls) {
        for (int i = 0; i < CALLS; i++) {
          sink += System.identityHashCode(call.run());
        }
      }
    }
    double[][] micros = new double[calls.length][rounds];
    double[][] wall = new double[calls.length][rounds];
    for (int round = 0; round < rounds; round++) {
      for (int k = 0; k < calls.length; k++) {
        long start = threads.getCurrentThreadCpuTime();
        long startWall = System.nanoTime();
        for (int i = 0; i < CALLS; i++) {
          sink += System.identityHashCode(calls[k].run());
        }
        wall[k][round] = (System.nanoTime() - startWall) / 1_000.0 / CALLS;
        micros[k][round] = (threads.getCurrentThreadCpuTime() - start) / 1_000.0 / CALLS;
      }
    }
    double[] medians = new double[calls.length];
    for (int k = 0; k < calls.length; k++) {
      double[] sorted = micros[k].clone();
      Arrays.sort(sorted);
      medians[k] = sorted[rounds / 2];
      double[] sortedWall = wall[k].clone();
      Arrays.sort(sortedWall);
      System.out.printf(
          "%-20s CPU µs per call: min %6.1f, median %6.1f (%,.0f calls/s of CPU);"
              + " wall µs per call: min %6.1f, median %6.1f%n",
          names[k], sorted[0], medians[k], 1e6 / medians[k], sortedWall[0], sortedWall[rounds / 2]);
    }
    System.out.printf(
        "databind ÷ ours (medians): read %.2f, write %.2f%s%n",
        medians[1] / medians[0], medians[3] / medians[2], sink == 42 ? " " : "");
  }
}
