package io.loanradar.app.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /}: sends each signed-in user to the page their role starts the day on (sign-in lands here
 * too) — RMs and branch managers the workbench, risk managers the alert queue, executives the
 * dashboard, product managers the catalogue, analysts the imports, administrators the users,
 * auditors the audit log.
 */
@Controller
class LandingPage {

  @GetMapping("/")
  String home() {
    AppUser user = DataScopes.currentUser();
    return "redirect:" + (user == null ? "/login" : Role.landing(user.roles()));
  }
}
