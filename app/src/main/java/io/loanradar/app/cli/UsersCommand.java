package io.loanradar.app.cli;

import io.loanradar.app.security.AppUser;
import io.loanradar.app.security.Role;
import io.loanradar.app.security.UserAccounts;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Manages the users who sign in to the web application and the REST API. */
@Command(
    name = "users",
    mixinStandardHelpOptions = true,
    description = "Manage users (用户): add, set a password, list, disable, enable.",
    subcommands = {
      UsersCommand.Add.class,
      UsersCommand.Passwd.class,
      UsersCommand.ListUsers.class,
      UsersCommand.Disable.class,
      UsersCommand.Enable.class
    })
final class UsersCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** Who the audit log names for a change made on the command line. */
  static String actor() {
    return "cli:" + System.getProperty("user.name", "unknown");
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = {
        "Create a user. An RM needs --rm (the rm_id of enterprises.csv), a branch manager --branch.",
        "Roles: RM, BRANCH_MANAGER, RISK_MANAGER, PRODUCT_MANAGER, ANALYST, EXECUTIVE, ADMIN,"
            + " AUDITOR."
      })
  static final class Add implements Callable<Integer> {
    @Mixin StoreOptions store;

    @Parameters(index = "0", paramLabel = "USERNAME", description = "Sign-in name.")
    String username;

    @Option(
        names = "--roles",
        required = true,
        paramLabel = "ROLE[,ROLE]",
        description = "One or more roles, comma-separated.")
    String roles;

    @Option(names = "--name", paramLabel = "NAME", description = "Display name.")
    String displayName;

    @Option(names = "--branch", paramLabel = "BRANCH_ID", description = "Branch id (scope).")
    String branch;

    @Option(names = "--rm", paramLabel = "RM_ID", description = "The rm_id of enterprises.csv.")
    String rm;

    @Option(
        names = "--password",
        arity = "0..1",
        interactive = true,
        paramLabel = "PASSWORD",
        description = "The password; asked for when given without a value or left out.")
    String password;

    @Override
    public Integer call() {
      var parsed = Role.parse(roles);
      String pw = password != null ? password : Prompt.password("密码 / password: ");
      try (ConfigurableApplicationContext context = Contexts.batch(store.properties())) {
        AppUser user =
            context
                .getBean(UserAccounts.class)
                .add(
                    new UserAccounts.NewUser(username, displayName, pw, parsed, branch, rm),
                    actor(),
                    null);
        System.out.printf(
            Locale.ROOT,
            "已创建用户 / user created: %s (%s)%n",
            user.username(),
            Role.format(user.roles()));
        return 0;
      }
    }
  }

  @Command(
      name = "passwd",
      mixinStandardHelpOptions = true,
      description = "Set a user's password (and lift a lockout).")
  static final class Passwd implements Callable<Integer> {
    @Mixin StoreOptions store;

    @Parameters(index = "0", paramLabel = "USERNAME")
    String username;

    @Option(
        names = "--password",
        arity = "0..1",
        interactive = true,
        paramLabel = "PASSWORD",
        description = "The new password; asked for when given without a value or left out.")
    String password;

    @Override
    public Integer call() {
      String pw = password != null ? password : Prompt.password("新密码 / new password: ");
      try (ConfigurableApplicationContext context = Contexts.batch(store.properties())) {
        context.getBean(UserAccounts.class).setPassword(username, pw, actor(), null);
        System.out.println("密码已更新 / password set: " + username);
        return 0;
      }
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the users.")
  static final class ListUsers implements Callable<Integer> {
    @Mixin StoreOptions store;

    @Override
    public Integer call() {
      try (ConfigurableApplicationContext context = Contexts.batch(store.properties())) {
        System.out.printf(
            Locale.ROOT,
            "%-20s %-20s %-30s %-10s %-10s %s%n",
            "username",
            "name",
            "roles",
            "branch",
            "rm",
            "state");
        for (AppUser u : context.getBean(UserAccounts.class).list()) {
          System.out.printf(
              Locale.ROOT,
              "%-20s %-20s %-30s %-10s %-10s %s%n",
              u.username(),
              u.displayName(),
              Role.format(u.roles()),
              u.branchId() == null ? "-" : u.branchId(),
              u.rmId() == null ? "-" : u.rmId(),
              u.enabled() ? "enabled" : "disabled");
        }
        return 0;
      }
    }
  }

  @Command(name = "disable", mixinStandardHelpOptions = true, description = "Disable a user.")
  static final class Disable implements Callable<Integer> {
    @Mixin StoreOptions store;

    @Parameters(index = "0", paramLabel = "USERNAME")
    String username;

    @Override
    public Integer call() {
      try (ConfigurableApplicationContext context = Contexts.batch(store.properties())) {
        context.getBean(UserAccounts.class).setEnabled(username, false, actor(), null);
        System.out.println("已停用 / disabled: " + username);
        return 0;
      }
    }
  }

  @Command(name = "enable", mixinStandardHelpOptions = true, description = "Enable a user again.")
  static final class Enable implements Callable<Integer> {
    @Mixin StoreOptions store;

    @Parameters(index = "0", paramLabel = "USERNAME")
    String username;

    @Override
    public Integer call() {
      try (ConfigurableApplicationContext context = Contexts.batch(store.properties())) {
        context.getBean(UserAccounts.class).setEnabled(username, true, actor(), null);
        System.out.println("已启用 / enabled: " + username);
        return 0;
      }
    }
  }

  /** Reads a password without echo from the console, or a line from standard input. */
  static final class Prompt {
    private Prompt() {}

    static String password(String prompt) {
      java.io.Console console = System.console();
      if (console != null) {
        char[] chars = console.readPassword(prompt);
        return chars == null ? "" : new String(chars);
      }
      try {
        var in =
            new java.io.BufferedReader(
                new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8));
        String line = in.readLine();
        return line == null ? "" : line;
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }
}
