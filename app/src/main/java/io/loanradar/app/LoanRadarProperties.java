package io.loanradar.app;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * LoanRadar's own settings ({@code loanradar.*}).
 *
 * @param dataDir folder of the embedded store and of generated demo files
 * @param demo the demo bank loaded on first start
 */
@ConfigurationProperties("loanradar")
public record LoanRadarProperties(Path dataDir, Demo demo) {

  /**
   * The demo bank.
   *
   * @param enabled whether to generate and import it when the store has no enterprise
   * @param enterprises number of enterprises
   * @param months months of history
   * @param seed random seed
   */
  public record Demo(boolean enabled, int enterprises, int months, long seed) {}
}
