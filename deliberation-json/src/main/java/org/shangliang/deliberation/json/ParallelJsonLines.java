package org.shangliang.deliberation.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.UndeclaredThrowableException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads JSON Lines on several threads, in constant memory, every line accounted for: the lines and
 * their outcomes are those of the sequential {@link JsonLines#forEach(Path, Consumer)} — the same
 * values, the same errors with the same line numbers, columns and messages, the same {@link
 * JsonLines.Summary} — only the work is shared. Made by {@link JsonLines#parallel(int)}.
 *
 * <pre>{@code
 * JsonLines.Summary summary = json.lines(DocumentKind.RECORD).parallel(2).forEach(file, line -> {
 *   if (line.isValue()) {
 *     reports.add(validator.validate(line.value(), now)); // a thread-safe collection
 *   } else {
 *     errors.add(line.error().orElseThrow());
 *   }
 * });
 * }</pre>
 *
 * <p>The calling thread reads the input and cuts it into lines exactly as the sequential reader
 * does (a line longer than the longest document is an error of that line, its content skipped,
 * never held; blank lines are counted), copies the lines' content into batches of at most {@value
 * #BATCH_LINES} lines and {@value #BATCH_UNITS} bytes (characters for a reader; a longer line goes
 * alone), and hands the batches to {@link #threads()} worker threads of its own, which read each
 * line to its {@link JsonLine} and give it to the caller's action. At most {@code 4 × threads}
 * batches and {@code 4 × threads × }{@value #BATCH_UNITS} units of input (or one longest document)
 * are in the workers' hands at a time: when they are, the calling thread waits for the oldest batch
 * before reading on. Memory therefore stays bounded by the thread count and the longest document,
 * whatever the length of the input, and the input is never read far ahead of the work.
 *
 * <p>Two ways to take the lines:
 *
 * <ul>
 *   <li>{@link #forEach(Path, Consumer)}: the action is called on the worker threads, <b>at the same
 *       time on several lines and in no set order</b> between batches (within a batch, one worker
 *       takes the lines in order); each line that is not blank is given exactly once; the line
 *       number tells the lines apart. The action must therefore be thread-safe: a {@code
 *       Validator} is (it is immutable); a list that collects results must be a concurrent one.
 *   <li>{@link #forEachInOrder(Path, Function, BiConsumer)}: {@code work} is called on the worker
 *       threads as above (thread-safe, in no set order), and {@code then} with each line and its
 *       result <b>on the calling thread, in input order</b>, one line at a time — to write reports
 *       in the order of the input, say. Results wait at most for the batches in the workers' hands.
 * </ul>
 *
 * <p>Failures, in both: the method returns or throws only once every worker is idle and its
 * threads have ended, the file it opened closed; no action runs afterwards. If the action (or
 * {@code work}, or {@code then}) throws for a line, no line after it is handed out any more, the
 * work on lines before it is finished, and <b>the exception of the earliest line that threw
 * propagates</b> unchanged (later ones are added to it as {@linkplain Throwable#getSuppressed()
 * suppressed}). So every line before the failing one has been given to the action, as in the
 * sequential reader; unlike there, some lines after it may have been too (they were being worked on
 * at the same time). Asking each line for its {@link JsonLine#value()} thus stops at the first bad
 * line of the input, naming it. If reading the input fails, the lines read before the failure are
 * all worked on (and an exception of the action among them propagates first); then the {@link
 * UncheckedIOException} propagates. If the calling thread is interrupted, the work stops as after a
 * failure and an {@link UncheckedIOException} caused by an {@link InterruptedIOException}
 * propagates, the thread's interrupt status kept set. A worker is never interrupted: the line it
 * is working on is finished.
 *
 * <p>A stream or reader given is not closed (a file opened is). Immutable and thread-safe; each call
 * has its own threads, ended before it returns.
 *
 * @param <T> the documents' value
 */
public final class ParallelJsonLines<T> {
  /** The most lines of a batch. */
  static final int BATCH_LINES = 256;

  /**
   * The most units (bytes, or characters for a reader) of the lines of a batch, but for a batch of
   * one longer line. Records of 20 parties take about 8 KB, so a batch holds about 16 of them.
   * Batches of 512 KiB (64 such records, a quarter of the hand-overs) made {@code shangliang
   * validate} on 2 threads at {@code -Xmx128m} 1.17× faster (52 s to 45 s) but reading and
   * validating on 2 threads at {@code -Xmx64m} 1.23× slower (JMH {@code JsonLinesBenchmark}: 1.43×
   * the sequential reader instead of 1.76×), with four times the parsed records in flight for the
   * collector to copy; see benchmarks/README.md.
   */
  static final int BATCH_UNITS = 128 * 1024;

  /** The most batches in the workers' hands, per thread. */
  static final int BATCHES_PER_THREAD = 4;

  /** The first capacity of a batch's buffer, in units; it grows to {@link #BATCH_UNITS}. */
  private static final int FIRST_BUFFER = 16 * 1024;

  /** The most threads. */
  static final int MAX_THREADS = 256;

  private final DeliberationJson json;
  private final DocumentKind<T> kind;
  private final int threads;

  ParallelJsonLines(DeliberationJson json, DocumentKind<T> kind, int threads) {
    if (threads < 1 || threads > MAX_THREADS) {
      throw new IllegalArgumentException(
          "threads: must be 1 to " + MAX_THREADS + ", was " + threads);
    }
    this.json = json;
    this.kind = kind;
    this.threads = threads;
  }

  /**
   * How many worker threads read the lines and run the action; the calling thread reads the input
   * besides.
   *
   * @return the threads, 1 to 256
   */
  public int threads() {
    return threads;
  }

  /**
   * The most units of input in the workers' hands at a time, but for a batch of one longer line.
   *
   * @param threads the threads
   * @return the units
   */
  static long unitsInFlight(int threads) {
    return (long) BATCHES_PER_THREAD * threads * BATCH_UNITS;
  }

  // ---------------------------------------------------------------------------------------------
  // unordered

  /**
   * Reads every line of a UTF-8 file, giving each line that is not blank to {@code action} on the
   * worker threads, concurrently and in no set order.
   *
   * @param file the file
   * @param action takes each line; must be thread-safe; if it throws, the exception of the
   *     earliest line that threw propagates once the workers are idle (see above)
   * @return the counts of the lines, as the sequential reader counts them
   * @throws UncheckedIOException if the file cannot be read, or the calling thread is interrupted
   */
  public JsonLines.Summary forEach(Path file, Consumer<? super JsonLine<T>> action) {
    Objects.requireNonNull(action, "action");
    return run(file, unordered(action), null);
  }

  /**
   * Reads every line of a UTF-8 stream, which is not closed, giving each line that is not blank to
   * {@code action} on the worker threads, concurrently and in no set order.
   *
   * @param in the stream
   * @param action takes each line; must be thread-safe; if it throws, the exception of the
   *     earliest line that threw propagates once the workers are idle (see above)
   * @return the counts of the lines, as the sequential reader counts them
   * @throws UncheckedIOException if reading the stream fails, or the calling thread is interrupted
   */
  public JsonLines.Summary forEach(InputStream in, Consumer<? super JsonLine<T>> action) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(action, "action");
    return run(LineSource.of(in, json.limits().maxDocumentLength()), null, unordered(action), null);
  }

  /**
   * Reads every line of a reader, which is not closed, giving each line that is not blank to {@code
   * action} on the worker threads, concurrently and in no set order. The longest document is
   * counted in characters.
   *
   * @param in the reader
   * @param action takes each line; must be thread-safe; if it throws, the exception of the
   *     earliest line that threw propagates once the workers are idle (see above)
   * @return the counts of the lines, as the sequential reader counts them
   * @throws UncheckedIOException if reading fails, or the calling thread is interrupted
   */
  public JsonLines.Summary forEach(Reader in, Consumer<? super JsonLine<T>> action) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(action, "action");
    return run(LineSource.of(in, json.limits().maxDocumentLength()), null, unordered(action), null);
  }

  private static <T> Function<JsonLine<T>, Object> unordered(Consumer<? super JsonLine<T>> action) {
    return line -> {
      action.accept(line);
      return null;
    };
  }

  // ---------------------------------------------------------------------------------------------
  // in order

  /**
   * Reads every line of a UTF-8 file: {@code work} takes each line that is not blank on the worker
   * threads, concurrently and in no set order; {@code then} takes each line and its result on the
   * calling thread, in input order.
   *
   * @param <R> the result of a line's work
   * @param file the file
   * @param work takes each line, returning its result (which may be {@code null}); must be
   *     thread-safe
   * @param then takes each line and its result, in input order, on the calling thread
   * @return the counts of the lines, as the sequential reader counts them
   * @throws UncheckedIOException if the file cannot be read, or the calling thread is interrupted
   */
  public <R> JsonLines.Summary forEachInOrder(
      Path file,
      Function<? super JsonLine<T>, ? extends R> work,
      BiConsumer<? super JsonLine<T>, ? super R> then) {
    Objects.requireNonNull(work, "work");
    Objects.requireNonNull(then, "then");
    return run(file, work, then);
  }

  /**
   * Reads every line of a UTF-8 stream, which is not closed: {@code work} takes each line that is
   * not blank on the worker threads, concurrently and in no set order; {@code then} takes each line
   * and its result on the calling thread, in input order.
   *
   * @param <R> the result of a line's work
   * @param in the stream
   * @param work takes each line, returning its result (which may be {@code null}); must be
   *     thread-safe
   * @param then takes each line and its result, in input order, on the calling thread
   * @return the counts of the lines, as the sequential reader counts them
   * @throws UncheckedIOException if reading the stream fails, or the calling thread is interrupted
   */
  public <R> JsonLines.Summary forEachInOrder(
      InputStream in,
      Function<? super JsonLine<T>, ? extends R> work,
      BiConsumer<? super JsonLine<T>, ? super R> then) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(work, "work");
    Objects.requireNonNull(then, "then");
    return run(LineSource.of(in, json.limits().maxDocumentLength()), null, work, then);
  }

  /**
   * Reads every line of a reader, which is not closed: {@code work} takes each line that is not
   * blank on the worker threads, concurrently and in no set order; {@code then} takes each line and
   * its result on the calling thread, in input order. The longest document is counted in
   * characters.
   *
   * @param <R> the result of a line's work
   * @param in the reader
   * @param work takes each line, returning its result (which may be {@code null}); must be
   *     thread-safe
   * @param then takes each line and its result, in input order, on the calling thread
   * @return the counts of the lines, as the sequential reader counts them
   * @throws UncheckedIOException if reading fails, or the calling thread is interrupted
   */
  public <R> JsonLines.Summary forEachInOrder(
      Reader in,
      Function<? super JsonLine<T>, ? extends R> work,
      BiConsumer<? super JsonLine<T>, ? super R> then) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(work, "work");
    Objects.requireNonNull(then, "then");
    return run(LineSource.of(in, json.limits().maxDocumentLength()), null, work, then);
  }

  // ---------------------------------------------------------------------------------------------
  // the pipeline

  private <R> JsonLines.Summary run(
      Path file,
      Function<? super JsonLine<T>, ? extends R> work,
      BiConsumer<? super JsonLine<T>, ? super R> then) {
    Objects.requireNonNull(file, "file");
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return run(LineSource.of(in, json.limits().maxDocumentLength()), in, work, then);
  }

  private <R> JsonLines.Summary run(
      LineSource source,
      Closeable opened,
      Function<? super JsonLine<T>, ? extends R> work,
      BiConsumer<? super JsonLine<T>, ? super R> then) {
    Run<T, R> run = new Run<>(json, kind, threads, work, then);
    Throwable failure = null;
    JsonLines.Summary summary = null;
    try {
      summary = run.read(source);
    } catch (RuntimeException | Error e) {
      failure = e;
    } finally {
      if (opened != null) {
        try {
          opened.close();
        } catch (IOException e) {
          UncheckedIOException closing = new UncheckedIOException(e);
          if (failure == null) {
            failure = closing;
          } else {
            failure.addSuppressed(closing);
          }
        }
      }
    }
    if (failure instanceof RuntimeException) {
      throw (RuntimeException) failure;
    }
    if (failure instanceof Error) {
      throw (Error) failure;
    }
    return summary;
  }

  /**
   * One reading: the calling thread reads lines into batches, hands them to the workers and retires
   * them in input order, counting and (in order) giving their results to {@code then}.
   */
  private static final class Run<T, R> {
    private static final AtomicInteger RUNS = new AtomicInteger();

    private final DeliberationJson json;
    private final DocumentKind<T> kind;
    private final int threads;
    private final Function<? super JsonLine<T>, ? extends R> work;
    private final BiConsumer<? super JsonLine<T>, ? super R> then;
    private final int maxBatches;
    private final long maxUnits;

    /** Lines after this number are not to be worked on: a line at or before it failed. */
    private final AtomicLong stopAfter = new AtomicLong(Long.MAX_VALUE);

    private final ArrayDeque<Batch<T, R>> inFlight = new ArrayDeque<>();

    /** Batches retired, to be filled again. */
    private final ArrayDeque<Batch<T, R>> free = new ArrayDeque<>();

    private LineSource source;
    private ExecutorService pool;
    private long unitsInFlight;
    private long lines;
    private long values;
    private long errors;
    private long blankLines;

    /** The exception to throw: of the earliest line that threw, or of the input. */
    private Throwable failure;

    private long failedLine = Long.MAX_VALUE;

    Run(
        DeliberationJson json,
        DocumentKind<T> kind,
        int threads,
        Function<? super JsonLine<T>, ? extends R> work,
        BiConsumer<? super JsonLine<T>, ? super R> then) {
      this.json = json;
      this.kind = kind;
      this.threads = threads;
      this.work = work;
      this.then = then;
      this.maxBatches = BATCHES_PER_THREAD * threads;
      this.maxUnits = unitsInFlight(threads);
    }

    JsonLines.Summary read(LineSource source) {
      int run = RUNS.incrementAndGet();
      AtomicInteger made = new AtomicInteger();
      pool =
          Executors.newFixedThreadPool(
              threads,
              task -> {
                Thread thread =
                    new Thread(task, "json-lines-" + run + "-worker-" + made.incrementAndGet());
                thread.setDaemon(true);
                return thread;
              });
      try {
        readAndHandOut(source);
        while (!inFlight.isEmpty()) {
          retire(true);
        }
      } catch (RuntimeException | Error e) {
        fail(Long.MIN_VALUE, e);
      } finally {
        // after a failure: every batch still in flight ends soon, skipping the lines after it
        while (!inFlight.isEmpty()) {
          try {
            retire(false);
          } catch (RuntimeException | Error e) {
            fail(Long.MIN_VALUE, e);
          }
        }
        pool.shutdown();
        awaitTermination(pool);
      }
      if (failure instanceof RuntimeException) {
        throw (RuntimeException) failure;
      }
      if (failure instanceof Error) {
        throw (Error) failure;
      }
      if (failure != null) {
        throw new UndeclaredThrowableException(failure);
      }
      return new JsonLines.Summary(lines, values, errors, blankLines);
    }

    /** Reads the lines, handing out batches, until the input ends, fails or a line failed. */
    private void readAndHandOut(LineSource source) {
      this.source = source;
      Batch<T, R> batch = newBatch();
      try {
        while (stopAfter.get() == Long.MAX_VALUE && source.next()) {
          long number = source.number;
          lines = number;
          if (source.overlong) {
            batch.addError(number, JsonLinesReader.overlong(source));
          } else if (source.byteOrderMark) {
            batch.addError(number, JsonLinesReader.byteOrderMark(number));
          } else if (source.blank()) {
            blankLines++;
            continue;
          } else {
            if (!batch.isEmpty() && batch.buffer.used + source.length > BATCH_UNITS) {
              handOut(batch);
              batch = newBatch();
            }
            batch.addContent(number, source);
          }
          if (batch.size == BATCH_LINES || batch.buffer.used >= BATCH_UNITS) {
            handOut(batch);
            batch = newBatch();
          }
        }
      } catch (IOException e) {
        failInput(new UncheckedIOException(e), batch);
        return;
      } catch (UncheckedIOException e) {
        failInput(e, batch);
        return;
      }
      if (!batch.isEmpty() && stopAfter.get() == Long.MAX_VALUE) {
        handOut(batch);
      }
    }

    /**
     * A new batch, or one retired before whose buffer did not grow beyond {@link #BATCH_UNITS}: at
     * most {@code maxBatches + 1} batches are made, in practice, and their buffers are reused.
     */
    private Batch<T, R> newBatch() {
      Batch<T, R> batch = free.poll();
      return batch != null ? batch : new Batch<>(this, source.newBuffer(FIRST_BUFFER));
    }

    /** The input failed: the lines read before are worked on, then its exception is thrown. */
    private void failInput(UncheckedIOException e, Batch<T, R> batch) {
      if (!batch.isEmpty() && stopAfter.get() == Long.MAX_VALUE) {
        handOut(batch);
      }
      while (!inFlight.isEmpty()) {
        retire(true);
      }
      fail(Long.MAX_VALUE, e);
    }

    /** Hands a batch to the workers once there is room for it, retiring the oldest ones till then. */
    private void handOut(Batch<T, R> batch) {
      if (Thread.currentThread().isInterrupted()) {
        throw interrupted();
      }
      while (!inFlight.isEmpty()
          && (inFlight.size() >= maxBatches || unitsInFlight + batch.buffer.used > maxUnits)) {
        retire(true);
      }
      batch.future = pool.submit(batch);
      inFlight.add(batch);
      unitsInFlight += batch.buffer.used;
    }

    /**
     * Waits for the oldest batch, counts its lines and gives them to {@code then}, in order.
     *
     * @param interruptible whether an interrupt of the calling thread stops the waiting (with an
     *     exception), else it is kept for later
     */
    private void retire(boolean interruptible) {
      Batch<T, R> batch = inFlight.peek();
      try {
        if (interruptible) {
          batch.future.get();
        } else {
          getUninterruptibly(batch.future);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw interrupted();
      } catch (ExecutionException e) {
        // never: a batch catches what its lines throw; a fault of this class
        inFlight.poll();
        unitsInFlight -= batch.buffer.used;
        throw new IllegalStateException("a batch of lines failed", e.getCause());
      }
      inFlight.poll();
      unitsInFlight -= batch.buffer.used;
      values += batch.values;
      errors += batch.errors;
      int done = batch.failedAt >= 0 ? batch.failedAt : batch.done;
      if (then != null && failure == null) {
        for (int i = 0; i < done; i++) {
          JsonLine<T> line = batch.lines[i];
          R result = batch.results[i];
          batch.lines[i] = null;
          batch.results[i] = null;
          try {
            then.accept(line, result);
          } catch (RuntimeException | Error e) {
            fail(line.lineNumber(), e);
            return;
          }
        }
      }
      if (batch.failedAt >= 0) {
        fail(batch.numbers[batch.failedAt], batch.thrown);
        return;
      }
      if (failure == null && batch.buffer.capacity() <= BATCH_UNITS) {
        batch.clear();
        free.push(batch);
      }
    }

    /**
     * Records a failure of a line (or of the input or this run, at {@link Long#MAX_VALUE} or {@link
     * Long#MIN_VALUE}): the earliest one is thrown, the others are suppressed by it; no line after it
     * is worked on any more.
     */
    private void fail(long line, Throwable thrown) {
      if (failure == null) {
        failure = thrown;
        failedLine = line;
      } else if (thrown != failure) {
        if (line < failedLine) {
          thrown.addSuppressed(failure);
          failure = thrown;
          failedLine = line;
        } else {
          failure.addSuppressed(thrown);
        }
      }
      stopAfter.accumulateAndGet(Math.min(line, Long.MAX_VALUE - 1), Math::min);
    }

    private UncheckedIOException interrupted() {
      return new UncheckedIOException(
          new InterruptedIOException("interrupted while reading JSON Lines"));
    }

    private static void getUninterruptibly(Future<?> future) throws ExecutionException {
      boolean interrupted = false;
      while (true) {
        try {
          future.get();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }

    private static void awaitTermination(ExecutorService pool) {
      boolean interrupted = false;
      while (true) {
        try {
          if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
            break;
          }
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Lines handed to a worker together: their numbers and contents (or errors found when reading
   * them), and, once worked on, their outcomes and (in order) results. Written by the calling thread
   * before it is handed out, by the worker while it runs, read by the calling thread after.
   */
  private static final class Batch<T, R> implements Runnable, LineContent {
    private final Run<T, R> run;

    /** The copies of the lines' contents, one after another. */
    final LineBuffer buffer;

    final long[] numbers = new long[BATCH_LINES];
    private final int[] offsets = new int[BATCH_LINES];
    private final int[] lengths = new int[BATCH_LINES];
    private final DeliberationJsonException[] readErrors =
        new DeliberationJsonException[BATCH_LINES];
    final JsonLine<T>[] lines;
    final R[] results;
    int size;
    Future<?> future;

    /** The line being read, as the {@link LineContent} of this batch. */
    private int current;

    /** Lines worked on; values and errors among them. */
    int done;

    long values;
    long errors;

    /** The index of the line whose work threw, or -1. */
    int failedAt = -1;

    Throwable thrown;

    @SuppressWarnings("unchecked") // arrays of the type parameters, never exposed
    Batch(Run<T, R> run, LineBuffer buffer) {
      this.run = run;
      this.buffer = buffer;
      boolean keep = run.then != null;
      this.lines = keep ? (JsonLine<T>[]) new JsonLine<?>[BATCH_LINES] : null;
      this.results = keep ? (R[]) new Object[BATCH_LINES] : null;
    }

    boolean isEmpty() {
      return size == 0;
    }

    void addError(long number, DeliberationJsonException error) {
      numbers[size] = number;
      readErrors[size] = error;
      size++;
    }

    void addContent(long number, LineSource source) {
      numbers[size] = number;
      offsets[size] = buffer.append(source);
      lengths[size] = source.length;
      size++;
    }

    /** Empties the batch, which was retired without a failure, to be filled again. */
    void clear() {
      java.util.Arrays.fill(readErrors, 0, size, null);
      if (lines != null) {
        java.util.Arrays.fill(lines, 0, size, null);
        java.util.Arrays.fill(results, 0, size, null);
      }
      buffer.clear();
      size = 0;
      future = null;
      done = 0;
      values = 0;
      errors = 0;
    }

    /** The content of the line being read. */
    @Override
    public JsonParser parser(JsonFactory factory) throws IOException {
      return buffer.parser(factory, offsets[current], lengths[current]);
    }

    @Override
    public void run() {
      for (int i = 0; i < size; i++) {
        long number = numbers[i];
        if (number > run.stopAfter.get()) {
          return;
        }
        try {
          current = i;
          JsonLine<T> line =
              readErrors[i] != null
                  ? JsonLine.ofError(number, readErrors[i])
                  : JsonLinesReader.read(run.json, run.kind, number, this);
          readErrors[i] = null;
          if (line.isValue()) {
            values++;
          } else {
            errors++;
          }
          R result = run.work.apply(line);
          if (lines != null) {
            lines[i] = line;
            results[i] = result;
          }
          done = i + 1;
        } catch (RuntimeException | Error e) {
          failedAt = i;
          thrown = e;
          run.stopAfter.accumulateAndGet(number, Math::min);
          return;
        }
      }
    }
  }
}
