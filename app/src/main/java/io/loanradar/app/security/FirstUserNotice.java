package io.loanradar.app.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On a server's first start, with no user yet, tells the operator how to create the first
 * administrator: nobody can sign in until one exists, and no default password is ever shipped.
 */
@Component
class FirstUserNotice {

  private static final Logger log = LoggerFactory.getLogger(FirstUserNotice.class);

  private final Users users;

  FirstUserNotice(Users users) {
    this.users = users;
  }

  @EventListener
  void ready(ApplicationReadyEvent event) {
    if (event.getApplicationContext() instanceof WebServerApplicationContext
        && users.count() == 0) {
      log.warn(message());
    }
  }

  static String message() {
    return """
        还没有任何用户，无法登录。请先创建管理员 / No user exists yet, so nobody can sign in. \
        Create the first administrator with:
          ./loanradar users add admin --roles ADMIN --name "系统管理员" [--data-dir DIR]
        (it asks for the password), or start with --demo for the demo users named in the README.""";
  }
}
