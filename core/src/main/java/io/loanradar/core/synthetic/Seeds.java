package io.loanradar.core.synthetic;

import java.util.SplittableRandom;

/** Independent, reproducible random streams derived from the run seed. */
final class Seeds {

  static final long STRUCTURE = 0x5EED_0001L;
  static final long FLOWS = 0x5EED_0002L;
  static final long LINKS = 0x5EED_0003L;
  static final long PROFILE = 0x5EED_0004L;

  private Seeds() {}

  /** SplitMix64 finaliser over the seed and a salt. */
  static long mix(long seed, long salt) {
    long z = seed ^ (salt * 0x9E3779B97F4A7C15L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  static SplittableRandom of(long seed, long stream, long index) {
    return new SplittableRandom(mix(mix(seed, stream), index));
  }

  static double gaussian(SplittableRandom rng) {
    double u = 1.0 - rng.nextDouble();
    double v = rng.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  static double between(SplittableRandom rng, double low, double high) {
    return low + (high - low) * rng.nextDouble();
  }

  static double clamp(double v, double low, double high) {
    return Math.max(low, Math.min(high, v));
  }
}
