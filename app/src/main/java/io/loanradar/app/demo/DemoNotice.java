package io.loanradar.app.demo;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells every page whether the demo bank is still loading, so the header can say so. */
@ControllerAdvice
class DemoNotice {

  private final DemoStatus status;

  DemoNotice(DemoStatus status) {
    this.status = status;
  }

  @ModelAttribute("demoStage")
  String demoStage() {
    return status.stage().name();
  }
}
