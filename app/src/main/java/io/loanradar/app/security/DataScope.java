package io.loanradar.app.security;

import java.util.List;
import java.util.Set;

/**
 * The customers a user may see (数据权限), as a SQL predicate over the {@code enterprise} table and its
 * bind values. Every query that returns customers, or rows that hang off a customer, adds it to its
 * WHERE clause: an RM sees the enterprises whose {@code rm_id} is theirs, a branch manager those of
 * their branch, the other roles all.
 *
 * @param kind what the scope is narrowed by
 * @param value the rm_id or branch_id, or null for {@link Kind#ALL} and {@link Kind#NONE}
 */
public record DataScope(Kind kind, String value) {

  /** What a scope is narrowed by. */
  public enum Kind {
    /** Every customer. */
    ALL,
    /** The customers of one branch ({@code enterprise.branch_id}). */
    BRANCH,
    /** The customers of one relationship manager ({@code enterprise.rm_id}). */
    RM,
    /** No customer: an RM or branch manager without an id on record. */
    NONE
  }

  private static final Set<Role> SEE_ALL =
      Set.of(
          Role.RISK_MANAGER,
          Role.PRODUCT_MANAGER,
          Role.ANALYST,
          Role.EXECUTIVE,
          Role.ADMIN,
          Role.AUDITOR);

  /** Checks that narrowed scopes have a value. */
  public DataScope {
    if ((kind == Kind.BRANCH || kind == Kind.RM) && (value == null || value.isBlank())) {
      throw new IllegalArgumentException(kind + " scope needs an id");
    }
    if (kind == Kind.ALL || kind == Kind.NONE) {
      value = null;
    }
  }

  /** Every customer: for the command line, background jobs and the roles that see all. */
  public static DataScope all() {
    return new DataScope(Kind.ALL, null);
  }

  /** No customer. */
  public static DataScope none() {
    return new DataScope(Kind.NONE, null);
  }

  /** One relationship manager's customers. */
  public static DataScope rm(String rmId) {
    return new DataScope(Kind.RM, rmId);
  }

  /** One branch's customers. */
  public static DataScope branch(String branchId) {
    return new DataScope(Kind.BRANCH, branchId);
  }

  /**
   * The widest scope a set of roles gives: all for risk, product, analyst, executive, admin and
   * auditor; the branch for a branch manager; the RM's own customers for an RM; none otherwise (or
   * when the id the role needs is missing).
   */
  public static DataScope of(Set<Role> roles, String branchId, String rmId) {
    if (roles.stream().anyMatch(SEE_ALL::contains)) {
      return all();
    }
    if (roles.contains(Role.BRANCH_MANAGER) && branchId != null && !branchId.isBlank()) {
      return branch(branchId);
    }
    if (roles.contains(Role.RM) && rmId != null && !rmId.isBlank()) {
      return rm(rmId);
    }
    return none();
  }

  /**
   * The predicate over an enterprise row, e.g. {@code e.rm_id = ?}.
   *
   * @param alias the alias of the {@code enterprise} table in the query
   */
  public String on(String alias) {
    return switch (kind) {
      case ALL -> "1 = 1";
      case NONE -> "1 = 0";
      case BRANCH -> alias + ".branch_id = ?";
      case RM -> alias + ".rm_id = ?";
    };
  }

  /**
   * The predicate over a column holding an enterprise id, for rows that hang off a customer, e.g.
   * {@code s.enterprise_id IN (SELECT ...)}.
   */
  public String onEnterpriseId(String column) {
    return switch (kind) {
      case ALL -> "1 = 1";
      case NONE -> "1 = 0";
      case BRANCH ->
          column
              + " IN (SELECT scope_e.enterprise_id FROM enterprise scope_e WHERE scope_e.branch_id = ?)";
      case RM ->
          column
              + " IN (SELECT scope_e.enterprise_id FROM enterprise scope_e WHERE scope_e.rm_id = ?)";
    };
  }

  /** The values to bind, in order, for either predicate. */
  public List<Object> binds() {
    return value == null ? List.of() : List.of(value);
  }

  /** The given values, then the scope's: for a query whose scope predicate follows them. */
  public List<Object> bindsAfter(Object... first) {
    List<Object> all = new java.util.ArrayList<>(List.of(first));
    all.addAll(binds());
    return all;
  }

  /** Whether the scope covers every customer. */
  public boolean isAll() {
    return kind == Kind.ALL;
  }
}
