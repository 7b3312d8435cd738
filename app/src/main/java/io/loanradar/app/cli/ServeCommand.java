package io.loanradar.app.cli;

import io.loanradar.app.LoanRadarApplication;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Starts the web application. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description =
        "Start the web application (http://localhost:8080 unless SERVER_PORT says otherwise).")
final class ServeCommand implements Callable<Integer> {

  @Mixin StoreOptions store;

  @Option(names = "--demo", description = "Generate and import the demo bank on first start.")
  boolean demo;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "HTTP port (default $SERVER_PORT or 8080).")
  Integer port;

  @Override
  public Integer call() {
    Map<String, Object> props = store.properties();
    if (demo) {
      props.put("loanradar.demo.enabled", "true");
    }
    if (port != null) {
      props.put("server.port", port);
    }
    SpringApplication app = new SpringApplication(LoanRadarApplication.class);
    app.setDefaultProperties(props);
    props.forEach((k, v) -> System.setProperty(k, String.valueOf(v)));
    app.run();
    return LoanRadarCommand.KEEP_RUNNING;
  }
}
