package io.loanradar.app.ingest;

import io.loanradar.core.contract.RowResult;
import io.loanradar.core.contract.RowValidator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A file's rows, read and checked on a thread of their own a few thousand rows ahead of the one
 * that writes them to the store, so that parsing and the contract's row rules use one core while
 * the writer and the database use the other. Rows come out in file order. Memory is bounded: at
 * most {@value #AHEAD} chunks of {@value #CHUNK} rows wait between the two threads.
 *
 * <p>Whatever the reading thread meets (an unreadable file, a wrong encoding) is thrown again by
 * {@link #next()} on the writer's thread; {@link #close()} stops the reading thread and waits for
 * it, so that the source can be closed safely afterwards.
 */
final class CheckedRows implements AutoCloseable {

  /** Rows handed over at a time. */
  static final int CHUNK = 1_000;

  /** Chunks the reader may be ahead of the writer. */
  static final int AHEAD = 8;

  /** One checked row and the line it starts on. */
  record Checked(long line, RowResult result) {}

  /** A chunk of rows, or the end of the file, or what stopped the reader. */
  private record Chunk(List<Checked> rows, Throwable failure) {
    static final Chunk END = new Chunk(List.of(), null);
  }

  private final BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(AHEAD);
  private final Thread reader;
  private volatile boolean stopped;
  private List<Checked> current = List.of();
  private int position;
  private boolean ended;

  CheckedRows(String fileName, RowSource source, RowValidator validator) {
    this.reader = new Thread(() -> read(source, validator), "import-reader " + fileName);
    reader.setDaemon(true);
    reader.start();
  }

  private void read(RowSource source, RowValidator validator) {
    List<Checked> chunk = new ArrayList<>(CHUNK);
    try {
      for (RowSource.SourceRow row = source.next(); row != null; row = source.next()) {
        chunk.add(new Checked(row.line(), validator.check(row.cells())));
        if (chunk.size() == CHUNK) {
          if (!hand(new Chunk(chunk, null))) {
            return;
          }
          chunk = new ArrayList<>(CHUNK);
        }
      }
    } catch (IOException | RuntimeException | Error e) {
      // the rows before the failure first, so that the writer sees the file as far as it was read
      if (chunk.isEmpty() || hand(new Chunk(chunk, null))) {
        hand(new Chunk(List.of(), e));
      }
      return;
    }
    if (chunk.isEmpty() || hand(new Chunk(chunk, null))) {
      hand(Chunk.END);
    }
  }

  /** Waits for room; false when the writer stopped reading. */
  private boolean hand(Chunk chunk) {
    try {
      while (!stopped) {
        if (queue.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
          return true;
        }
      }
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * The next checked row in file order, or null at the end of the file.
   *
   * @throws IOException what the reading thread met reading the file
   */
  Checked next() throws IOException {
    while (position == current.size()) {
      if (ended) {
        return null;
      }
      Chunk chunk = take();
      if (chunk.failure() != null) {
        ended = true;
        throw rethrown(chunk.failure());
      }
      if (chunk == Chunk.END) {
        ended = true;
        return null;
      }
      current = chunk.rows();
      position = 0;
    }
    return current.get(position++);
  }

  private Chunk take() {
    try {
      return queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("reading the file was interrupted", e);
    }
  }

  private static IOException rethrown(Throwable failure) {
    if (failure instanceof IOException io) {
      return io;
    }
    if (failure instanceof RuntimeException runtime) {
      throw runtime;
    }
    throw (Error) failure;
  }

  /** Stops the reading thread, if it is still going, and waits until it has. */
  @Override
  public void close() {
    stopped = true;
    boolean interrupted = false;
    while (reader.isAlive()) {
      try {
        reader.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    queue.clear();
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
