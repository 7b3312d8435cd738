package io.loanradar.app.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The roles of the bank's people in LoanRadar. A user may hold several. */
public enum Role {
  /** 客户经理 — relationship manager: their own customers only. */
  RM("客户经理", "Relationship manager", "/workbench"),
  /** 支行行长 — branch manager: the customers of their branch. */
  BRANCH_MANAGER("支行负责人", "Branch manager", "/workbench"),
  /** 风控经理 — risk manager: every customer. */
  RISK_MANAGER("风控经理", "Risk manager", "/alerts"),
  /** 产品经理 — product manager: every customer, the product catalogue. */
  PRODUCT_MANAGER("产品经理", "Product manager", "/products"),
  /** 数据分析师 — analyst: every customer, imports, scorecard. */
  ANALYST("数据分析师", "Data analyst", "/imports"),
  /** 管理层 — executive: every customer, dashboards. */
  EXECUTIVE("管理层", "Executive", "/dashboard"),
  /** 系统管理员 — administrator: users, imports. */
  ADMIN("系统管理员", "Administrator", "/admin/users"),
  /** 审计 — auditor: the audit log, every customer read-only. */
  AUDITOR("审计", "Auditor", "/audit");

  private final String zh;
  private final String en;
  private final String landing;

  Role(String zh, String en, String landing) {
    this.zh = zh;
    this.en = en;
    this.landing = landing;
  }

  /** The page a holder of this role opens first, after sign-in and at {@code /}. */
  public String landing() {
    return landing;
  }

  /**
   * The landing page of a user holding several roles: that of the first role in declaration order
   * (the customer-facing roles first), the enterprise list when there is none.
   */
  public static String landing(Set<Role> roles) {
    return roles.stream().sorted().findFirst().map(Role::landing).orElse("/enterprises");
  }

  /** The Chinese name. */
  public String zh() {
    return zh;
  }

  /** The English name. */
  public String en() {
    return en;
  }

  /**
   * Parses a comma-separated list of role names, case-insensitive.
   *
   * @throws IllegalArgumentException naming the unknown role and the known ones, or when empty
   */
  public static Set<Role> parse(String text) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String part : (text == null ? "" : text).split(",")) {
      String name = part.strip().toUpperCase(Locale.ROOT);
      if (name.isEmpty()) {
        continue;
      }
      try {
        roles.add(valueOf(name));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "unknown role " + part.strip() + "; roles are " + Arrays.toString(values()));
      }
    }
    if (roles.isEmpty()) {
      throw new IllegalArgumentException(
          "a user needs at least one role of " + Arrays.toString(values()));
    }
    return roles;
  }

  /** The roles as stored: names joined by commas, in declaration order. */
  public static String format(Set<Role> roles) {
    return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
  }
}
