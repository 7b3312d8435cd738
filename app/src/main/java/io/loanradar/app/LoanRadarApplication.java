package io.loanradar.app;

import io.loanradar.app.cli.LoanRadarCommand;
import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** LoanRadar (信贷雷达): the web application and the command line share this entry point. */
@SpringBootApplication
@ConfigurationPropertiesScan
@org.springframework.scheduling.annotation.EnableScheduling
public class LoanRadarApplication {

  /** Runs the command line; {@code serve} starts the web application. */
  public static void main(String[] args) {
    int code = LoanRadarCommand.run(args);
    if (code != LoanRadarCommand.KEEP_RUNNING) {
      System.exit(code);
    }
  }

  /** The clock every engine and job reads time from. */
  @Bean
  Clock clock() {
    return Clock.system(java.time.ZoneId.of("Asia/Shanghai"));
  }
}
