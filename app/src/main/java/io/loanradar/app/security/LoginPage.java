package io.loanradar.app.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page (登录). Spring Security handles the form's POST. */
@Controller
class LoginPage {

  @GetMapping("/login")
  String login() {
    return "login";
  }
}
