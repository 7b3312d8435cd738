package io.loanradar.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The model lab on the command line: train, predict, evaluate, psi. */
@Command(
    name = "model",
    mixinStandardHelpOptions = true,
    description = {
      "自助建模 model lab: train a scorecard or a gradient-boosted model on any CSV table, predict",
      "with it, evaluate scores (AUC, KS, Gini, lift, calibration) and check stability (PSI)."
    },
    subcommands = {
      ModelTrainCommand.class,
      ModelPredictCommand.class,
      ModelEvaluateCommand.class,
      ModelPsiCommand.class,
      ModelDatasetCommand.class,
      ModelTrainPlatformCommand.class,
      ModelListCommand.class,
      ModelPromoteCommand.class,
      ModelApproveCommand.class
    })
final class ModelCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** Prints a refusal of bad input and returns the bad-usage exit code. */
  static int refuse(IllegalArgumentException e) {
    System.err.println("错误 / error: " + e.getMessage());
    return 2;
  }
}
