package io.loanradar.app.customer;

import io.loanradar.app.security.DataScopes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The enterprise list (企业客户列表): paged and searchable by name, USCC or id, and narrowed by grade,
 * tier, industry, region, branch or relationship manager (the dashboard drills down here).
 */
@Controller
class EnterpriseController {

  static final int PAGE_SIZE = 20;

  private final Enterprises enterprises;
  private final DataScopes scopes;

  EnterpriseController(Enterprises enterprises, DataScopes scopes) {
    this.enterprises = enterprises;
    this.scopes = scopes;
  }

  @GetMapping("/enterprises")
  String list(
      @RequestParam(name = "q", defaultValue = "") String query,
      @RequestParam(name = "grade", defaultValue = "") String grade,
      @RequestParam(name = "tier", defaultValue = "") String tier,
      @RequestParam(name = "industry", defaultValue = "") String industry,
      @RequestParam(name = "region", defaultValue = "") String region,
      @RequestParam(name = "branch", defaultValue = "") String branch,
      @RequestParam(name = "rm", defaultValue = "") String rm,
      @RequestParam(name = "sort", defaultValue = "id") String sort,
      @RequestParam(name = "page", defaultValue = "0") int page,
      Model model) {
    EnterpriseFilter filter =
        new EnterpriseFilter(query, grade, tier, industry, region, branch, rm, sort);
    Page<EnterpriseSummary> result =
        enterprises.search(scopes.current(), filter, Math.max(page, 0), PAGE_SIZE);
    model.addAttribute("page", result);
    model.addAttribute("q", filter.query());
    model.addAttribute("filter", filter);
    return "enterprises";
  }
}
