package io.loanradar.app.dashboard;

import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Figures counted once and shared by every viewer of the same key, refreshed in the background
 * (stale while revalidate):
 *
 * <ul>
 *   <li>figures younger than {@code fresh} are served as they are;
 *   <li>older ones are still served at once, and the first such view starts one recount of the key
 *       on the {@code recounts} executor (never in the request); later views keep getting the old
 *       figures until the recount has finished, then the new ones;
 *   <li>figures older than {@code hardLimit}, or none at all, are counted in the request; viewers
 *       of the same key wait for that one count instead of counting again.
 * </ul>
 *
 * At most {@code maxKeys} keys are kept; beyond that the least used go. Ages are read from the
 * given clock.
 *
 * @param <K> what the figures are counted for
 * @param <V> the figures
 */
final class SharedFigures<K, V> {

  private final LoadingCache<K, V> cache;

  /**
   * @param count counts the figures of a key, in the calling thread
   * @param clock where ages are read from
   * @param recounts runs the background recounts; may refuse a task when full (the figures then
   *     stay until a later view or the hard limit)
   * @param fresh how long figures are served without a recount
   * @param hardLimit how old figures may be served at all; longer than {@code fresh}
   * @param maxKeys how many keys are kept
   * @throws IllegalArgumentException when {@code hardLimit} is not longer than {@code fresh}, or
   *     {@code maxKeys} is not positive
   */
  SharedFigures(
      Function<K, V> count,
      Clock clock,
      Executor recounts,
      Duration fresh,
      Duration hardLimit,
      int maxKeys) {
    if (fresh.isNegative() || fresh.isZero() || hardLimit.compareTo(fresh) <= 0) {
      throw new IllegalArgumentException(
          "need 0 < fresh < hard limit, got " + fresh + " and " + hardLimit);
    }
    if (maxKeys < 1) {
      throw new IllegalArgumentException("maxKeys must be positive, got " + maxKeys);
    }
    this.cache =
        Caffeine.newBuilder()
            .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
            // the cache's own housekeeping runs in the caller; recounts go to their executor
            .executor(Runnable::run)
            .maximumSize(maxKeys)
            .refreshAfterWrite(fresh)
            .expireAfterWrite(hardLimit)
            .build(
                new CacheLoader<K, V>() {
                  @Override
                  public V load(K key) {
                    return count.apply(key);
                  }

                  @Override
                  public CompletableFuture<V> asyncReload(K key, V old, Executor ignored) {
                    return CompletableFuture.supplyAsync(() -> count.apply(key), recounts);
                  }
                });
  }

  /** The figures of a key: shared ones when young enough, else counted now. */
  V get(K key) {
    return cache.get(key);
  }

  /**
   * Forgets every figure, and the result of any recount still running: the next view of each key
   * counts afresh.
   */
  void clear() {
    cache.invalidateAll();
  }

  /** How many keys are kept now (after pending evictions). */
  long size() {
    cache.cleanUp();
    return cache.estimatedSize();
  }
}
