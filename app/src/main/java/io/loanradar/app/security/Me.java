package io.loanradar.app.security;

import java.util.List;

/**
 * The signed-in user as the page header shows them.
 *
 * @param username sign-in name
 * @param displayName shown name
 * @param roles roles held, in declaration order
 */
public record Me(String username, String displayName, List<Role> roles) {

  /** Copies the roles. */
  public Me {
    roles = List.copyOf(roles);
  }

  /** Whether the user may open the import page. */
  public boolean canImport() {
    return roles.contains(Role.ANALYST) || roles.contains(Role.ADMIN);
  }

  /** Whether the user may open the model registry. */
  public boolean canModels() {
    return roles.contains(Role.ANALYST)
        || roles.contains(Role.RISK_MANAGER)
        || roles.contains(Role.EXECUTIVE)
        || roles.contains(Role.AUDITOR);
  }

  /** Whether the user may manage users. */
  public boolean canAdmin() {
    return roles.contains(Role.ADMIN);
  }

  /** Whether the user may read the audit log. */
  public boolean canAudit() {
    return roles.contains(Role.AUDITOR);
  }
}
