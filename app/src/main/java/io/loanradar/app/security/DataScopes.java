package io.loanradar.app.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The data scope of whoever makes the current request. Web and REST code asks here and passes the
 * scope to every customer query; batch commands and background jobs use {@link DataScope#all()}.
 */
@Component
public class DataScopes {

  /** The scope of the signed-in user; {@link DataScope#none()} when nobody is signed in. */
  public DataScope current() {
    AppUser user = currentUser();
    return user == null ? DataScope.none() : user.scope();
  }

  /** Whether the signed-in user holds a role. */
  public boolean has(Role role) {
    AppUser user = currentUser();
    return user != null && user.roles().contains(role);
  }

  static AppUser currentUser() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof SignedInUser signedIn) {
      return signedIn.user();
    }
    return null;
  }
}
