package io.loanradar.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** {@code loanradar users} against an embedded store in a fresh folder. */
class UsersCommandIT {

  @AfterAll
  static void forgetTheStore() {
    System.clearProperty("loanradar.data-dir");
  }

  private static String run(int expectedExit, String... args) {
    PrintStream out = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      assertThat(LoanRadarCommand.run(args)).as(String.join(" ", args)).isEqualTo(expectedExit);
    } finally {
      System.setOut(out);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  @Test
  void addsListsSetsPasswordsDisablesAndRefusesWhatIsIncomplete() throws Exception {
    String dir = Files.createTempDirectory("loanradar-users-cli").toString();

    assertThat(
            run(
                0,
                "users",
                "add",
                "boss",
                "--roles",
                "ADMIN",
                "--name",
                "系统管理员",
                "--password",
                "s3cret-pass",
                "--data-dir",
                dir))
        .contains("boss", "ADMIN");
    run(
        0,
        "users",
        "add",
        "wang",
        "--roles",
        "rm",
        "--rm",
        "RM0007",
        "--password",
        "another-pass",
        "--data-dir",
        dir);
    run(2, "users", "add", "li", "--roles", "RM", "--password", "another-pass", "--data-dir", dir);
    run(2, "users", "add", "zhao", "--roles", "BOSS", "--password", "x", "--data-dir", dir);
    run(0, "users", "passwd", "wang", "--password", "changed-pass", "--data-dir", dir);
    run(0, "users", "disable", "wang", "--data-dir", dir);

    String list = run(0, "users", "list", "--data-dir", dir);
    assertThat(list).contains("boss", "系统管理员", "enabled", "wang", "RM0007", "disabled");
    assertThat(list).doesNotContain("li ", "zhao", "s3cret", "changed-pass");
    assertThat(Path.of(dir, "loanradar.mv.db")).exists();
  }
}
