package io.loanradar.app.security;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** User administration (用户管理) for administrators: list, add, disable, enable, reset passwords. */
@Controller
class UserAdminPage {

  private final UserAccounts accounts;

  UserAdminPage(UserAccounts accounts) {
    this.accounts = accounts;
  }

  @GetMapping("/admin/users")
  String page(Model model) {
    model.addAttribute("users", accounts.list());
    model.addAttribute("allRoles", Arrays.asList(Role.values()));
    return "admin-users";
  }

  @PostMapping("/admin/users")
  String add(
      @RequestParam("username") String username,
      @RequestParam(name = "displayName", defaultValue = "") String displayName,
      @RequestParam("password") String password,
      @RequestParam(name = "roles", required = false) List<Role> roles,
      @RequestParam(name = "branchId", defaultValue = "") String branchId,
      @RequestParam(name = "rmId", defaultValue = "") String rmId,
      Principal principal,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    Set<Role> set = roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    return run(
        redirect,
        "admin.users.added",
        username,
        () ->
            accounts.add(
                new UserAccounts.NewUser(username, displayName, password, set, branchId, rmId),
                principal.getName(),
                request.getRemoteAddr()));
  }

  @PostMapping("/admin/users/{username}/password")
  String password(
      @PathVariable String username,
      @RequestParam("password") String password,
      Principal principal,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    return run(
        redirect,
        "admin.users.password.done",
        username,
        () ->
            accounts.setPassword(username, password, principal.getName(), request.getRemoteAddr()));
  }

  @PostMapping("/admin/users/{username}/disable")
  String disable(
      @PathVariable String username,
      Principal principal,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    if (username.equals(principal.getName())) {
      redirect.addFlashAttribute("problem", "you cannot disable your own account");
      return "redirect:/admin/users";
    }
    return run(
        redirect,
        "admin.users.disabled",
        username,
        () -> accounts.setEnabled(username, false, principal.getName(), request.getRemoteAddr()));
  }

  @PostMapping("/admin/users/{username}/enable")
  String enable(
      @PathVariable String username,
      Principal principal,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    return run(
        redirect,
        "admin.users.enabled",
        username,
        () -> accounts.setEnabled(username, true, principal.getName(), request.getRemoteAddr()));
  }

  private static String run(
      RedirectAttributes redirect, String doneKey, String username, Runnable change) {
    try {
      change.run();
      redirect.addFlashAttribute("done", doneKey);
      redirect.addFlashAttribute("subject", username);
    } catch (IllegalArgumentException e) {
      redirect.addFlashAttribute("problem", e.getMessage());
    }
    return "redirect:/admin/users";
  }
}
