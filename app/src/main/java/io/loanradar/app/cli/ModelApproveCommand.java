package io.loanradar.app.cli;

import io.loanradar.app.models.ModelRegistry;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Approves (or rejects) a requested promotion, as a second person. */
@Command(
    name = "approve",
    mixinStandardHelpOptions = true,
    description = {
      "Approve a requested promotion as a second person: the candidate becomes champion and the",
      "old champion is retired in the same transaction. The requester cannot approve."
    })
final class ModelApproveCommand implements Callable<Integer> {

  @Mixin StoreOptions store;

  @Parameters(index = "0", paramLabel = "ID", description = "Registry id (model list).")
  long id;

  @Option(names = "--as", required = true, paramLabel = "USER", description = "Who approves.")
  String actor;

  @Option(names = "--note", defaultValue = "", paramLabel = "TEXT", description = "Why.")
  String note;

  @Option(names = "--reject", description = "Reject the request instead.")
  boolean reject;

  @Override
  public Integer call() throws Exception {
    try (ConfigurableApplicationContext context = Contexts.batch(store.properties())) {
      ModelRegistry registry = context.getBean(ModelRegistry.class);
      ModelRegistry.Version v =
          reject ? registry.reject(id, actor, note) : registry.approve(id, actor, note);
      System.out.println(
          (reject ? "已驳回 rejected: " : "已上线 champion now: ") + v.label() + " by " + actor);
      return 0;
    } catch (ModelRegistry.Refused e) {
      System.err.println("拒绝 / refused: " + e.getMessage());
      return 2;
    }
  }
}
