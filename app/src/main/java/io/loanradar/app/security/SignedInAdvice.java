package io.loanradar.app.security;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the signed-in user, for the header: name, roles, which areas to link. */
@ControllerAdvice
class SignedInAdvice {

  @ModelAttribute("me")
  Me me() {
    AppUser user = DataScopes.currentUser();
    return user == null
        ? null
        : new Me(user.username(), user.displayName(), user.roles().stream().sorted().toList());
  }
}
