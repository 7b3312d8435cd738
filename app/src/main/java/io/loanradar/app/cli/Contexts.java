package io.loanradar.app.cli;

import io.loanradar.app.LoanRadarApplication;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application without the web server, for batch commands. */
final class Contexts {

  private Contexts() {}

  static ConfigurableApplicationContext batch(Map<String, Object> props) {
    props.forEach((k, v) -> System.setProperty(k, String.valueOf(v)));
    if (System.getProperty("logging.level.root") == null) {
      System.setProperty("logging.level.root", "WARN");
      // a failed start is reported once, as one message, by the command line
      System.setProperty("logging.level.org.springframework.boot.SpringApplication", "OFF");
    }
    // a batch command ends when its work is done: re-scoring after an import is the server's job
    // (or `loanradar score`), not a thread the exiting process would cut short
    System.setProperty("loanradar.scoring.after-import", "false");
    SpringApplication app = new SpringApplication(LoanRadarApplication.class);
    app.setWebApplicationType(WebApplicationType.NONE);
    app.setLogStartupInfo(false);
    return app.run();
  }
}
