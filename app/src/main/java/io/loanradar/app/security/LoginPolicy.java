package io.loanradar.app.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in rules ({@code loanradar.security.*}).
 *
 * @param maxFailedAttempts failed sign-ins in a row, within the window, that lock an account
 * @param failureWindow how long a failure counts towards the limit
 * @param lockFor how long a locked account stays locked
 * @param minPasswordLength the shortest password accepted
 */
@ConfigurationProperties("loanradar.security")
public record LoginPolicy(
    @DefaultValue("5") int maxFailedAttempts,
    @DefaultValue("15m") Duration failureWindow,
    @DefaultValue("15m") Duration lockFor,
    @DefaultValue("8") int minPasswordLength) {

  /** Checks the values. */
  public LoginPolicy {
    if (maxFailedAttempts < 1) {
      throw new IllegalArgumentException(
          "loanradar.security.max-failed-attempts must be at least 1, not " + maxFailedAttempts);
    }
    if (failureWindow.isNegative() || failureWindow.isZero() || lockFor.isNegative()) {
      throw new IllegalArgumentException(
          "loanradar.security.failure-window must be positive and lock-for not negative");
    }
    if (minPasswordLength < 1) {
      throw new IllegalArgumentException(
          "loanradar.security.min-password-length must be at least 1, not " + minPasswordLength);
    }
  }
}
