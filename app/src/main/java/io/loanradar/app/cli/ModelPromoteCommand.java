package io.loanradar.app.cli;

import io.loanradar.app.models.ModelRegistry;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Asks for a candidate's promotion, or (with --approve / --reject) decides on it. */
@Command(
    name = "promote",
    mixinStandardHelpOptions = true,
    description = {
      "Maker-checker promotion of a candidate to champion: ask for it (model promote ID --as",
      "ANALYST), then a second person approves (model approve ID --as OTHER) or rejects it."
    })
final class ModelPromoteCommand implements Callable<Integer> {

  @Mixin StoreOptions store;

  @Parameters(index = "0", paramLabel = "ID", description = "Registry id (model list).")
  long id;

  @Option(names = "--as", required = true, paramLabel = "USER", description = "Who asks.")
  String actor;

  @Option(names = "--note", defaultValue = "", paramLabel = "TEXT", description = "Why.")
  String note;

  @Override
  public Integer call() throws Exception {
    try (ConfigurableApplicationContext context = Contexts.batch(store.properties())) {
      ModelRegistry.Version v =
          context.getBean(ModelRegistry.class).requestPromotion(id, actor, note);
      System.out.println("已申请上线 promotion requested: " + v.label() + " by " + actor);
      return 0;
    } catch (ModelRegistry.Refused e) {
      System.err.println("拒绝 / refused: " + e.getMessage());
      return 2;
    }
  }
}
