package io.loanradar.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session once its account was disabled, removed, or given other roles or another
 * scope, whether by the admin page or by {@code loanradar users} in another process: the session
 * holds the account as it was at sign-in, so without this check it would keep working until it
 * timed out. The account is re-read at most every {@link #RECHECK_MILLIS} per session, so a change
 * takes effect within that time; the user is sent back to the sign-in page (an API caller gets
 * 401).
 */
final class AccountCheckFilter extends OncePerRequestFilter {

  static final long RECHECK_MILLIS = 15_000;
  private static final String CHECKED_AT = AccountCheckFilter.class.getName() + ".checkedAt";

  private final Users users;
  private final Clock clock;

  AccountCheckFilter(Users users, Clock clock) {
    this.users = users;
    this.clock = clock;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (session != null && auth != null && auth.getPrincipal() instanceof SignedInUser signedIn) {
      long now = clock.millis();
      Object checkedAt = session.getAttribute(CHECKED_AT);
      if (!(checkedAt instanceof Long at) || now - at >= RECHECK_MILLIS) {
        if (!unchanged(signedIn.user(), users.find(signedIn.user().username()))) {
          session.invalidate();
          SecurityContextHolder.clearContext();
          if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
          } else {
            response.sendRedirect(request.getContextPath() + "/login?expired");
          }
          return;
        }
        session.setAttribute(CHECKED_AT, now);
      }
    }
    chain.doFilter(request, response);
  }

  /** The account still exists, is enabled and has the roles and scope the session holds. */
  static boolean unchanged(AppUser held, Optional<AppUser> stored) {
    return stored
        .filter(AppUser::enabled)
        .filter(now -> now.roles().equals(held.roles()))
        .filter(now -> Objects.equals(now.branchId(), held.branchId()))
        .filter(now -> Objects.equals(now.rmId(), held.rmId()))
        .isPresent();
  }
}
