package io.loanradar.app.security;

import java.io.Serial;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A user as Spring Security holds them in the session: roles as authorities, and the scope. */
final class SignedInUser implements UserDetails {

  @Serial private static final long serialVersionUID = 1L;

  private final AppUser user;
  private final boolean locked;

  SignedInUser(AppUser user, LocalDateTime now) {
    this.user = user;
    this.locked = user.lockedAt(now);
  }

  AppUser user() {
    return user;
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return user.roles().stream()
        .sorted()
        .map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r.name()))
        .toList();
  }

  @Override
  public String getPassword() {
    return user.passwordHash();
  }

  @Override
  public String getUsername() {
    return user.username();
  }

  @Override
  public boolean isAccountNonLocked() {
    return !locked;
  }

  @Override
  public boolean isEnabled() {
    return user.enabled();
  }

  /** The roles, for pages. */
  List<Role> roles() {
    return user.roles().stream().sorted().toList();
  }
}
