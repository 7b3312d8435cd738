package io.loanradar.app.security;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * A user of the web application and the REST API.
 *
 * @param username sign-in name
 * @param displayName name shown in the header
 * @param passwordHash bcrypt hash, never the password
 * @param roles at least one
 * @param branchId the branch a branch manager runs, or null
 * @param rmId the relationship-manager id of enterprises.csv ({@code rm_id}) an RM owns, or null
 * @param enabled whether the user may sign in
 * @param failedAttempts failed sign-ins in a row within the failure window
 * @param lockedUntil when a lockout ends, or null
 */
public record AppUser(
    String username,
    String displayName,
    String passwordHash,
    Set<Role> roles,
    String branchId,
    String rmId,
    boolean enabled,
    int failedAttempts,
    LocalDateTime lockedUntil)
    implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  /** Copies the roles. */
  public AppUser {
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  /** Whether a lockout is in force at a time. */
  public boolean lockedAt(LocalDateTime now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  /** The data scope the user's roles give: the widest of them. */
  public DataScope scope() {
    return DataScope.of(roles, branchId, rmId);
  }
}
