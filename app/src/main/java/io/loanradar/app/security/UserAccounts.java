package io.loanradar.app.security;

import io.loanradar.app.audit.AuditAction;
import io.loanradar.app.audit.AuditLog;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating users, setting passwords, disabling and enabling them: what the admin page and {@code
 * loanradar users} do, each change checked and written to the audit log.
 */
@Service
public class UserAccounts {

  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{2,64}");

  private final Users users;
  private final PasswordEncoder encoder;
  private final AuditLog audit;
  private final LoginPolicy policy;
  private final Clock clock;

  UserAccounts(
      Users users, PasswordEncoder encoder, AuditLog audit, LoginPolicy policy, Clock clock) {
    this.users = users;
    this.encoder = encoder;
    this.audit = audit;
    this.policy = policy;
    this.clock = clock;
  }

  /**
   * A new user to create.
   *
   * @param username 2–64 letters, digits or {@code . _ @ -}
   * @param displayName shown in the header; the user name when blank
   * @param password at least {@link LoginPolicy#minPasswordLength()} characters
   * @param roles at least one
   * @param branchId required for a branch manager
   * @param rmId required for an RM: the {@code rm_id} of enterprises.csv
   */
  public record NewUser(
      String username,
      String displayName,
      String password,
      Set<Role> roles,
      String branchId,
      String rmId) {}

  /** Every user. */
  public List<AppUser> list() {
    return users.list();
  }

  /** How many users exist. */
  public long count() {
    return users.count();
  }

  /**
   * Creates a user.
   *
   * @throws IllegalArgumentException naming what is wrong: the name, a taken name, the password, a
   *     missing branch or RM id
   */
  @Transactional
  public AppUser add(NewUser user, String actor, String remoteAddr) {
    String username = user.username() == null ? "" : user.username().strip();
    if (!USERNAME.matcher(username).matches()) {
      throw new IllegalArgumentException(
          "user name '" + username + "' must be 2–64 letters, digits or . _ @ -");
    }
    if (users.find(username).isPresent()) {
      throw new IllegalArgumentException("user " + username + " already exists");
    }
    if (user.roles() == null || user.roles().isEmpty()) {
      throw new IllegalArgumentException("user " + username + " needs at least one role");
    }
    String branch = blankToNull(user.branchId());
    String rm = blankToNull(user.rmId());
    if (user.roles().contains(Role.BRANCH_MANAGER) && branch == null) {
      throw new IllegalArgumentException(
          "user " + username + " is a BRANCH_MANAGER and needs a branch id (--branch)");
    }
    if (user.roles().contains(Role.RM) && rm == null) {
      throw new IllegalArgumentException(
          "user " + username + " is an RM and needs the rm_id of enterprises.csv (--rm)");
    }
    checkPassword(user.password());
    String display = blankToNull(user.displayName());
    AppUser created =
        new AppUser(
            username,
            display == null ? username : display,
            encoder.encode(user.password()),
            user.roles(),
            branch,
            rm,
            true,
            0,
            null);
    users.insert(created, LocalDateTime.now(clock));
    audit.record(
        actor,
        AuditAction.USER_ADDED,
        username,
        "roles=" + Role.format(created.roles()) + " branch=" + branch + " rm=" + rm,
        remoteAddr);
    return created;
  }

  /**
   * Sets a user's password and lifts a lockout.
   *
   * @throws IllegalArgumentException for an unknown user or a too short password
   */
  @Transactional
  public void setPassword(String username, String password, String actor, String remoteAddr) {
    checkPassword(password);
    if (!users.setPasswordHash(username, encoder.encode(password))) {
      throw new IllegalArgumentException("no user " + username);
    }
    audit.record(actor, AuditAction.USER_PASSWORD, username, null, remoteAddr);
  }

  /**
   * Disables or enables a user.
   *
   * @throws IllegalArgumentException for an unknown user
   */
  @Transactional
  public void setEnabled(String username, boolean enabled, String actor, String remoteAddr) {
    if (!users.setEnabled(username, enabled)) {
      throw new IllegalArgumentException("no user " + username);
    }
    audit.record(
        actor,
        enabled ? AuditAction.USER_ENABLED : AuditAction.USER_DISABLED,
        username,
        null,
        remoteAddr);
  }

  private void checkPassword(String password) {
    if (password == null || password.length() < policy.minPasswordLength()) {
      throw new IllegalArgumentException(
          "the password must have at least " + policy.minPasswordLength() + " characters");
    }
    if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 72) {
      throw new IllegalArgumentException("the password must have at most 72 bytes in UTF-8");
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
