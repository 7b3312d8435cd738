package io.loanradar.app.demo;

import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/** Whether the demo bank is being generated or imported right now, for the pages to say so. */
@Component
public class DemoStatus {

  /** Where the demo bank's first load stands. */
  public enum Stage {
    /** Nothing to do or done. */
    IDLE,
    /** Writing the synthetic files. */
    GENERATING,
    /** Importing them. */
    IMPORTING
  }

  private final AtomicReference<Stage> stage = new AtomicReference<>(Stage.IDLE);

  /** The current stage. */
  public Stage stage() {
    return stage.get();
  }

  /** Whether the demo bank is still loading. */
  public boolean loading() {
    return stage.get() != Stage.IDLE;
  }

  void set(Stage next) {
    stage.set(next);
  }
}
