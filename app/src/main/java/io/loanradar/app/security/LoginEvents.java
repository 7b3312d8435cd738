package io.loanradar.app.security;

import io.loanradar.app.audit.AuditAction;
import io.loanradar.app.audit.AuditLog;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Follows sign-ins: counts failures towards the lockout, clears them on success, and writes every
 * sign-in, refusal and sign-out to the audit log with the client's address.
 */
@Component
class LoginEvents {

  private final Users users;
  private final AuditLog audit;
  private final LoginPolicy policy;
  private final Clock clock;

  LoginEvents(Users users, AuditLog audit, LoginPolicy policy, Clock clock) {
    this.users = users;
    this.audit = audit;
    this.policy = policy;
    this.clock = clock;
  }

  @EventListener
  void failed(AbstractAuthenticationFailureEvent event) {
    Authentication attempt = event.getAuthentication();
    String username = attempt.getName();
    String address = address(attempt);
    if (event instanceof AuthenticationFailureBadCredentialsEvent) {
      int failures = users.recordFailure(username, LocalDateTime.now(clock), policy);
      String detail =
          failures >= policy.maxFailedAttempts()
              ? failures + " failures in a row; locked for " + policy.lockFor()
              : failures > 0 ? failures + " failures in a row" : "unknown user";
      audit.record(username, AuditAction.LOGIN_FAILED, username, detail, address);
    } else if (event instanceof AuthenticationFailureLockedEvent) {
      audit.record(username, AuditAction.LOGIN_LOCKED, username, "account locked", address);
    } else if (event instanceof AuthenticationFailureDisabledEvent) {
      audit.record(username, AuditAction.LOGIN_DISABLED, username, "account disabled", address);
    } else {
      audit.record(
          username,
          AuditAction.LOGIN_FAILED,
          username,
          event.getException().getClass().getSimpleName(),
          address);
    }
  }

  @EventListener
  void succeeded(AuthenticationSuccessEvent event) {
    users.recordSuccess(event.getAuthentication().getName());
  }

  @EventListener
  void signedIn(InteractiveAuthenticationSuccessEvent event) {
    Authentication auth = event.getAuthentication();
    audit.record(auth.getName(), AuditAction.LOGIN, auth.getName(), null, address(auth));
  }

  @EventListener
  void signedOut(LogoutSuccessEvent event) {
    Authentication auth = event.getAuthentication();
    audit.record(auth.getName(), AuditAction.LOGOUT, auth.getName(), null, address(auth));
  }

  private static String address(Authentication auth) {
    return auth.getDetails() instanceof WebAuthenticationDetails details
        ? details.getRemoteAddress()
        : null;
  }
}
