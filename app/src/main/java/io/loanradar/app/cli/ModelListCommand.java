package io.loanradar.app.cli;

import io.loanradar.app.models.ModelRegistry;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Lists the registered platform model versions. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "List the registered platform model versions with status and metrics.")
final class ModelListCommand implements Callable<Integer> {

  @Mixin StoreOptions store;

  @Override
  public Integer call() throws Exception {
    try (ConfigurableApplicationContext context = Contexts.batch(store.properties())) {
      System.out.println(
          "id,target,version,learner,status,trained_by,trained_at,requested_by,metrics");
      for (ModelRegistry.Version v : context.getBean(ModelRegistry.class).all()) {
        System.out.println(
            String.join(
                ",",
                Long.toString(v.id()),
                v.target(),
                Integer.toString(v.version()),
                v.learner(),
                v.status().name(),
                v.trainedBy(),
                v.trainedAt().toString(),
                v.requestedBy() == null ? "" : v.requestedBy(),
                "\"" + v.metrics().replace("\"", "\"\"") + "\""));
      }
      return 0;
    }
  }
}
