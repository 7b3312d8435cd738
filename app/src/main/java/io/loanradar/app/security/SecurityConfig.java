package io.loanradar.app.security;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may open what. Pages sign in with a form and keep a session (timeout {@code
 * server.servlet.session.timeout}); REST also takes HTTP Basic. CSRF protection holds for every
 * request a session cookie authenticates; only Basic requests without a session are exempt, since a
 * browser never adds that header across sites on its own (the API never asks a browser for it).
 */
@Configuration
class SecurityConfig {

  /** Content-Security-Policy: scripts, styles, images and fonts only from LoanRadar itself. */
  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
          + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
          + " form-action 'self'; frame-ancestors 'none'";

  private static final String[] EVERY_ROLE = {
    "RM",
    "BRANCH_MANAGER",
    "RISK_MANAGER",
    "PRODUCT_MANAGER",
    "ANALYST",
    "EXECUTIVE",
    "ADMIN",
    "AUDITOR"
  };

  @Bean
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  SecurityFilterChain filterChain(HttpSecurity http, Users users, Clock clock) throws Exception {
    RequestMatcher api = PathPatternRequestMatcher.pathPattern("/api/**");
    AuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");
    http.authorizeHttpRequests(
            a ->
                a.requestMatchers(
                        "/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error")
                    .permitAll()
                    .requestMatchers("/actuator/health")
                    .permitAll()
                    .requestMatchers("/imports", "/imports/**", "/api/imports", "/api/imports/**")
                    .hasAnyRole("ANALYST", "ADMIN")
                    .requestMatchers("/admin", "/admin/**")
                    .hasRole("ADMIN")
                    .requestMatchers("/audit", "/audit/**")
                    .hasRole("AUDITOR")
                    .requestMatchers(HttpMethod.GET, "/products/new")
                    .hasRole("PRODUCT_MANAGER")
                    .requestMatchers(HttpMethod.POST, "/products", "/products/**")
                    .hasRole("PRODUCT_MANAGER")
                    .requestMatchers(HttpMethod.POST, "/enterprises/*/notes")
                    .hasAnyRole("RM", "BRANCH_MANAGER", "RISK_MANAGER")
                    .requestMatchers(HttpMethod.POST, "/opportunities/**")
                    .hasAnyRole("RM", "BRANCH_MANAGER")
                    .requestMatchers(HttpMethod.POST, "/alerts/**")
                    .hasAnyRole("RISK_MANAGER", "RM")
                    .requestMatchers(HttpMethod.POST, "/models/train", "/models/*/request")
                    .hasRole("ANALYST")
                    .requestMatchers(HttpMethod.POST, "/models/*/approve", "/models/monitor")
                    .hasAnyRole("ANALYST", "RISK_MANAGER")
                    .requestMatchers("/models", "/models/**")
                    .hasAnyRole("ANALYST", "RISK_MANAGER", "EXECUTIVE", "AUDITOR")
                    .requestMatchers(HttpMethod.POST, "/watchlist", "/watchlist/**")
                    .hasRole("RISK_MANAGER")
                    .requestMatchers(
                        "/",
                        "/dashboard",
                        "/workbench",
                        "/opportunities",
                        "/alerts",
                        "/alerts/*/history",
                        "/products",
                        "/products/*",
                        "/scorecard",
                        "/enterprises",
                        "/enterprises/**",
                        "/api/enterprises",
                        "/api/enterprises/**",
                        "/api/scores/**",
                        "/api/lineage/**")
                    .hasAnyRole(EVERY_ROLE)
                    .anyRequest()
                    .authenticated())
        .formLogin(
            f ->
                f.loginPage("/login")
                    .defaultSuccessUrl("/", false)
                    .failureHandler(
                        (request, response, e) ->
                            response.sendRedirect(
                                request.getContextPath()
                                    + (e instanceof LockedException
                                        ? "/login?locked"
                                        : "/login?error")))
                    .permitAll())
        .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
        .httpBasic(b -> b.authenticationEntryPoint(apiEntryPoint()))
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(
                    (request, response, ex) -> {
                      if (api.matches(request)) {
                        apiEntryPoint().commence(request, response, ex);
                      } else {
                        login.commence(request, response, ex);
                      }
                    }))
        .csrf(c -> c.ignoringRequestMatchers(SecurityConfig::basicWithoutSession))
        .addFilterAfter(new AccountCheckFilter(users, clock), SecurityContextHolderFilter.class)
        .headers(
            h ->
                h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                    .frameOptions(f -> f.deny())
                    .contentTypeOptions(Customizer.withDefaults())
                    .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)));
    return http.build();
  }

  /**
   * A REST call that carries Basic credentials and no session cookie: a script or another system,
   * not a browser page, so no CSRF token is asked for.
   */
  static boolean basicWithoutSession(HttpServletRequest request) {
    String authorization = request.getHeader("Authorization");
    return authorization != null
        && authorization.regionMatches(true, 0, "Basic ", 0, 6)
        && request.getRequestedSessionId() == null;
  }

  /**
   * REST without valid credentials: 401 with a problem body. No {@code WWW-Authenticate: Basic}
   * challenge, so that a browser never prompts for, caches and later replays credentials.
   */
  static AuthenticationEntryPoint apiEntryPoint() {
    return (request, response, e) -> {
      response.setStatus(HttpStatus.UNAUTHORIZED.value());
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response
          .getWriter()
          .write(
              "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                  + "\"detail\":\"sign in, or send HTTP Basic credentials\"}");
    };
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  UserDetailsService userDetailsService(Users users, Clock clock) {
    return username ->
        users
            .find(username)
            .map(u -> new SignedInUser(u, LocalDateTime.now(clock)))
            .orElseThrow(() -> new UsernameNotFoundException("no user " + username));
  }
}
