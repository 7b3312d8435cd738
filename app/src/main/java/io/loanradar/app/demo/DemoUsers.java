package io.loanradar.app.demo;

import io.loanradar.app.security.Role;
import io.loanradar.app.security.UserAccounts;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo users, one per role, created in demo mode only and only when no user exists. The RMs and
 * the branch manager are real ones of the demo bank: {@code branch} runs the branch with the most
 * customers, {@code rm1} is its RM with the most customers, {@code rm2} the next RM (of the same
 * branch when it has another). Their password is {@link #PASSWORD}, named in the README.
 */
@Component
class DemoUsers {

  /** The password of every demo user. */
  static final String PASSWORD = "radar-demo";

  private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

  private final UserAccounts accounts;
  private final JdbcClient jdbc;

  DemoUsers(UserAccounts accounts, JdbcClient jdbc) {
    this.accounts = accounts;
    this.jdbc = jdbc;
  }

  /** Creates the demo users from the enterprises in the store, when there is no user yet. */
  void ensure() {
    if (accounts.count() > 0) {
      return;
    }
    String branch =
        jdbc.sql(
                "SELECT branch_id FROM enterprise WHERE branch_id IS NOT NULL GROUP BY branch_id"
                    + " ORDER BY COUNT(*) DESC, branch_id LIMIT 1")
            .query(String.class)
            .optional()
            .orElse(null);
    List<String> rms =
        branch == null
            ? List.of()
            : jdbc.sql(
                    "SELECT rm_id FROM enterprise WHERE rm_id IS NOT NULL GROUP BY rm_id ORDER BY"
                        + " MIN(CASE WHEN branch_id = ? THEN 0 ELSE 1 END), COUNT(*) DESC, rm_id"
                        + " LIMIT 2")
                .param(branch)
                .query(String.class)
                .list();
    List<UserAccounts.NewUser> users = new ArrayList<>();
    for (int i = 0; i < rms.size(); i++) {
      users.add(user("rm" + (i + 1), "客户经理 " + rms.get(i), Role.RM, null, rms.get(i)));
    }
    if (branch != null) {
      users.add(user("branch", "支行负责人 " + branch, Role.BRANCH_MANAGER, branch, null));
    }
    users.add(user("risk", "风控经理", Role.RISK_MANAGER, null, null));
    users.add(user("product", "产品经理", Role.PRODUCT_MANAGER, null, null));
    users.add(user("analyst", "数据分析师", Role.ANALYST, null, null));
    users.add(user("exec", "行领导", Role.EXECUTIVE, null, null));
    users.add(user("admin", "系统管理员", Role.ADMIN, null, null));
    users.add(user("auditor", "审计员", Role.AUDITOR, null, null));
    for (UserAccounts.NewUser u : users) {
      accounts.add(u, "demo", null);
    }
    log.info(
        "演示用户已创建 / demo users created (password {}): {}",
        PASSWORD,
        users.stream().map(u -> u.username() + "=" + Role.format(u.roles())).toList());
  }

  private static UserAccounts.NewUser user(
      String username, String name, Role role, String branch, String rm) {
    return new UserAccounts.NewUser(username, name, PASSWORD, EnumSet.of(role), branch, rm);
  }
}
