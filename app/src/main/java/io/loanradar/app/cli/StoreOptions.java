package io.loanradar.app.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options every command that touches the store shares. */
public final class StoreOptions {

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description =
          "Folder of the embedded store (default ./data or $LOANRADAR_DATA_DIR). Ignored when"
              + " SPRING_DATASOURCE_URL selects PostgreSQL.")
  Path dataDir;

  /** Spring properties these options stand for. */
  Map<String, Object> properties() {
    Map<String, Object> props = new LinkedHashMap<>();
    if (dataDir != null) {
      props.put("loanradar.data-dir", dataDir.toAbsolutePath().normalize().toString());
    }
    return props;
  }
}
