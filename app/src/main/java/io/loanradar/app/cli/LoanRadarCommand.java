package io.loanradar.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The root {@code loanradar} command. Exit codes: 0 success; 1 internal error; 2 bad usage or a
 * file rejected whole; 3 some rows quarantined (the rest imported).
 */
@Command(
    name = "loanradar",
    mixinStandardHelpOptions = true,
    version = "LoanRadar 0.1.0",
    description = "LoanRadar (信贷雷达): corporate-credit intelligence for banks.",
    subcommands = {
      ServeCommand.class,
      GenerateCommand.class,
      ImportCommand.class,
      ScoreCommand.class,
      ValidateScorecardCommand.class,
      UsersCommand.class,
      ModelCommand.class,
      OpportunitiesCommand.class,
      BacktestCommand.class,
      AlertsCommand.class,
      WarningBacktestCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:internal error (nothing half-written)",
      "2:bad usage, or a file rejected whole",
      "3:some rows quarantined, the rest imported"
    })
public final class LoanRadarCommand implements Runnable {

  /** Returned by {@link #run(String...)} when the web server keeps the process alive. */
  public static final int KEEP_RUNNING = -1;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** The outermost cause that is not the framework's wrapping of it. */
  static Throwable reason(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getClass().getName().startsWith("org.springframework.")) {
      t = t.getCause();
    }
    return t;
  }

  /** Parses and runs a command line, returning the exit code. */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new LoanRadarCommand());
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          Throwable reason = reason(e);
          commandLine.getErr().println("错误 / error: " + reason.getMessage());
          // a value the user gave was refused (unknown role, taken name, short password…):
          // that is bad usage, not an internal error
          return reason instanceof IllegalArgumentException ? 2 : 1;
        });
    return cli.execute(args);
  }
}
