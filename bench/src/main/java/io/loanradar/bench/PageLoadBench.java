package io.loanradar.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Page response times under concurrent users: each virtual user signs in with a form login of its
 * own (session cookie and CSRF token, as a browser does), learns the customers in its scope from
 * {@code /api/enterprises}, then requests the workbench, a customer 360 page of one of its
 * customers and the management dashboard in turn, for a warm-up period and then a measured one.
 * Between two requests a user waits a think time drawn uniformly from {@code --think-ms MIN-MAX}
 * (or a fixed {@code --think-ms N}; default 0, no think time), as a person reads a page. Only
 * measured requests count; each is timed from sending the request to having read the whole body,
 * think time excluded. Anything but HTTP 200 counts as an error.
 *
 * <pre>
 * java -cp bench/target/classes io.loanradar.bench.PageLoadBench --base http://127.0.0.1:18080 \
 *     --accounts rm1,rm2,branch,exec --password radar-demo --users 20 --warmup 20 --seconds 60 \
 *     --think-ms 1000-3000
 * </pre>
 *
 * <p>Driver and server share the machine, so the driver's own CPU use is part of the figures; the
 * response times are an upper bound of the server time.
 */
public final class PageLoadBench {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
  private static final Pattern CSRF_REVERSED =
      Pattern.compile("value=\"([^\"]+)\"\\s+name=\"_csrf\"");
  private static final Pattern ENTERPRISE_ID =
      Pattern.compile("\"enterpriseId\"\\s*:\\s*\"([^\"]+)\"");

  /** The pages measured, in the order each virtual user visits them. */
  enum Page {
    WORKBENCH("/workbench"),
    CUSTOMER_360("/enterprises/"),
    DASHBOARD("/dashboard");

    final String path;

    Page(String path) {
      this.path = path;
    }
  }

  /**
   * How long a virtual user waits between two requests, drawn uniformly from {@code [min, max]}
   * milliseconds.
   */
  record ThinkTime(long min, long max) {
    static final ThinkTime NONE = new ThinkTime(0, 0);

    ThinkTime {
      if (min < 0 || max < min) {
        throw new IllegalArgumentException(
            "think time needs 0 <= min <= max, got " + min + "-" + max);
      }
    }

    /** {@code N} for a fixed time or {@code MIN-MAX} for a uniform one, in milliseconds. */
    static ThinkTime parse(String text) {
      String[] parts = text.strip().split("-", -1);
      try {
        if (parts.length == 1) {
          long ms = Long.parseLong(parts[0].strip());
          return new ThinkTime(ms, ms);
        }
        if (parts.length == 2) {
          return new ThinkTime(Long.parseLong(parts[0].strip()), Long.parseLong(parts[1].strip()));
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("think time is N or MIN-MAX milliseconds: " + text, e);
      }
      throw new IllegalArgumentException("think time is N or MIN-MAX milliseconds: " + text);
    }

    long draw(SplittableRandom random) {
      return min == max ? min : random.nextLong(min, max + 1);
    }

    @Override
    public String toString() {
      return min == max ? min + " ms" : min + "-" + max + " ms";
    }
  }

  private final URI base;
  private final String password;
  private final ThinkTime think;
  private final Map<Page, List<Long>> samples = new ConcurrentHashMap<>();
  private final AtomicLong errors = new AtomicLong();
  private final Map<String, AtomicLong> errorsByStatus = new ConcurrentHashMap<>();

  private PageLoadBench(URI base, String password, ThinkTime think) {
    this.base = base;
    this.password = password;
    this.think = think;
    for (Page p : Page.values()) {
      samples.put(p, java.util.Collections.synchronizedList(new ArrayList<>()));
    }
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = options(args);
    URI base = URI.create(opts.getOrDefault("base", "http://127.0.0.1:18080"));
    List<String> accounts =
        Arrays.asList(opts.getOrDefault("accounts", "rm1,rm2,branch,exec").split(","));
    int users = Integer.parseInt(opts.getOrDefault("users", "20"));
    int warmup = Integer.parseInt(opts.getOrDefault("warmup", "20"));
    int seconds = Integer.parseInt(opts.getOrDefault("seconds", "60"));
    ThinkTime think = ThinkTime.parse(opts.getOrDefault("think-ms", "0"));
    PageLoadBench bench =
        new PageLoadBench(base, opts.getOrDefault("password", "radar-demo"), think);
    bench.run(accounts, users, warmup, seconds);
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> opts = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --name value pairs, got: " + args[i]);
      }
      opts.put(args[i].substring(2), args[++i]);
    }
    return opts;
  }

  private void run(List<String> accounts, int users, int warmupSeconds, int seconds)
      throws InterruptedException {
    List<VirtualUser> crowd = new ArrayList<>();
    for (int i = 0; i < users; i++) {
      crowd.add(new VirtualUser(accounts.get(i % accounts.size()), i));
    }
    for (VirtualUser u : crowd) {
      try {
        u.signIn();
      } catch (IOException e) {
        throw new IllegalStateException(
            "sign-in failed for " + u.account + ": " + e.getMessage(), e);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%d virtual users signed in (%s); warm-up %d s, measured %d s, think time %s%n",
        users,
        String.join(",", accounts),
        warmupSeconds,
        seconds,
        think);
    long start = System.nanoTime();
    long measureFrom = start + Duration.ofSeconds(warmupSeconds).toNanos();
    long until = measureFrom + Duration.ofSeconds(seconds).toNanos();
    CountDownLatch done = new CountDownLatch(users);
    for (VirtualUser u : crowd) {
      Thread t =
          new Thread(
              () -> {
                try {
                  u.loop(measureFrom, until);
                } finally {
                  done.countDown();
                }
              },
              "vu-" + u.index);
      t.setDaemon(true);
      t.start();
    }
    done.await();
    report(seconds);
  }

  private void report(int seconds) {
    long total = 0;
    System.out.println();
    System.out.println("| page | requests | req/s | p50 ms | p95 ms | p99 ms | max ms |");
    System.out.println("|---|---|---|---|---|---|---|");
    for (Page p : Page.values()) {
      long[] ms;
      synchronized (samples.get(p)) {
        ms = samples.get(p).stream().mapToLong(Long::longValue).sorted().toArray();
      }
      total += ms.length;
      if (ms.length == 0) {
        System.out.printf(Locale.ROOT, "| %s | 0 | | | | | |%n", p);
        continue;
      }
      System.out.printf(
          Locale.ROOT,
          "| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f |%n",
          p,
          ms.length,
          ms.length / (double) seconds,
          pct(ms, 0.50) / 1e6,
          pct(ms, 0.95) / 1e6,
          pct(ms, 0.99) / 1e6,
          ms[ms.length - 1] / 1e6);
    }
    System.out.printf(
        Locale.ROOT,
        "%ntotal %d requests in %d s (%.1f req/s), errors %d %s%n",
        total,
        seconds,
        total / (double) seconds,
        errors.get(),
        errorsByStatus);
  }

  /** Nearest-rank percentile of sorted values. */
  static long pct(long[] sorted, double q) {
    int rank = (int) Math.ceil(q * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  private final class VirtualUser {
    final String account;
    final int index;
    final HttpClient http;
    final List<String> customers = new ArrayList<>();
    final List<Page> pages = new ArrayList<>();

    VirtualUser(String account, int index) {
      this.account = account;
      this.index = index;
      this.http =
          HttpClient.newBuilder()
              .cookieHandler(new CookieManager())
              .followRedirects(HttpClient.Redirect.NEVER)
              .connectTimeout(Duration.ofSeconds(10))
              .build();
    }

    void signIn() throws IOException {
      HttpResponse<String> login = send(get("/login"));
      Matcher m = CSRF.matcher(login.body());
      Matcher r = CSRF_REVERSED.matcher(login.body());
      String token = m.find() ? m.group(1) : r.find() ? r.group(1) : null;
      if (token == null) {
        throw new IOException("no CSRF token on /login (HTTP " + login.statusCode() + ")");
      }
      String form =
          "username=" + enc(account) + "&password=" + enc(password) + "&_csrf=" + enc(token);
      HttpResponse<String> posted =
          send(
              HttpRequest.newBuilder(base.resolve("/login"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build());
      String location = posted.headers().firstValue("Location").orElse("");
      if (posted.statusCode() != 302 || location.contains("error")) {
        throw new IOException("sign-in refused: HTTP " + posted.statusCode() + " to " + location);
      }
      HttpResponse<String> list = send(get("/api/enterprises?size=200&sort=score"));
      Matcher ids = ENTERPRISE_ID.matcher(list.body());
      while (ids.find()) {
        customers.add(ids.group(1));
      }
      for (Page p : Page.values()) {
        if (p == Page.CUSTOMER_360 ? !customers.isEmpty() : send(get(p.path)).statusCode() == 200) {
          pages.add(p);
        }
      }
      if (pages.isEmpty()) {
        throw new IOException(account + " may open none of the measured pages");
      }
    }

    void loop(long measureFrom, long until) {
      SplittableRandom random = new SplittableRandom(index);
      int i = index;
      while (System.nanoTime() < until) {
        Page p = pages.get(i++ % pages.size());
        String path =
            p == Page.CUSTOMER_360
                ? p.path + customers.get(random.nextInt(customers.size()))
                : p.path;
        long t0 = System.nanoTime();
        int status;
        try {
          status = send(get(path)).statusCode();
        } catch (IOException e) {
          status = -1;
        }
        long t1 = System.nanoTime();
        if (t0 >= measureFrom && t1 <= until) {
          if (status == 200) {
            samples.get(p).add(t1 - t0);
          } else {
            errors.incrementAndGet();
            errorsByStatus
                .computeIfAbsent(p + ":" + status, k -> new AtomicLong())
                .incrementAndGet();
          }
        }
        if (!pause(think.draw(random), until)) {
          return;
        }
      }
    }

    /** Waits the think time, or until the end; false when interrupted. */
    private boolean pause(long millis, long until) {
      long left = Math.min(millis, Math.max(0, (until - System.nanoTime()) / 1_000_000));
      if (left <= 0) {
        return true;
      }
      try {
        Thread.sleep(left);
        return true;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }

    HttpRequest get(String path) {
      return HttpRequest.newBuilder(base.resolve(path))
          .header("Accept-Language", "zh-CN")
          .timeout(Duration.ofSeconds(60))
          .GET()
          .build();
    }

    HttpResponse<String> send(HttpRequest request) throws IOException {
      try {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
