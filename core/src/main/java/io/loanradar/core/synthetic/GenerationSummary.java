package io.loanradar.core.synthetic;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a generation run wrote.
 *
 * @param rowsPerFile data rows (header excluded) per file name, in the order the files are listed
 * @param elapsed wall-clock time the run took
 */
public record GenerationSummary(Map<String, Long> rowsPerFile, Duration elapsed) {

  /** Copies the map, keeping its iteration order. */
  public GenerationSummary {
    rowsPerFile = Collections.unmodifiableMap(new LinkedHashMap<>(rowsPerFile));
  }
}
