package io.loanradar.app.workbench;

import io.loanradar.app.security.DataScope;
import io.loanradar.app.security.DataScopes;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 客户经理工作台: what a relationship manager opens first — the open opportunities and alerts of their
 * customers, their best-scored customers, and what falls due in the next 30 days (expected needs
 * and watchlist reviews, overdue ones first). A branch manager sees the branch, the other roles
 * everything.
 */
@Controller
class WorkbenchPage {

  /** Days ahead the due list looks. */
  static final int DUE_DAYS = 30;

  private final Workbench workbench;
  private final DataScopes scopes;
  private final Clock clock;

  WorkbenchPage(Workbench workbench, DataScopes scopes, Clock clock) {
    this.workbench = workbench;
    this.scopes = scopes;
    this.clock = clock;
  }

  @GetMapping("/workbench")
  String workbench(Model model) {
    DataScope scope = scopes.current();
    LocalDate today = LocalDate.now(clock);
    model.addAttribute("today", today);
    model.addAttribute("opportunities", workbench.opportunities(scope));
    model.addAttribute("alerts", workbench.alerts(scope));
    model.addAttribute("best", workbench.bestCustomers(scope));
    model.addAttribute("due", workbench.due(scope, today, DUE_DAYS));
    return "workbench";
  }
}
