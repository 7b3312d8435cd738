package io.loanradar.app.product;

import io.loanradar.app.audit.AuditAction;
import io.loanradar.app.audit.AuditLog;
import io.loanradar.app.security.DataScopes;
import io.loanradar.app.security.Role;
import io.loanradar.core.product.Product;
import io.loanradar.core.product.ProductType;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * 产品目录: every role reads the catalogue — scenarios, amount and tenor ranges, rates, collateral,
 * excluded industries and the CEL eligibility rule — and each product's kept changes. Product
 * managers add and edit products; a rule that does not compile is refused with its line:column next
 * to the field and nothing is saved. Every save is audited and kept in {@code product_change}.
 */
@Controller
class ProductPage {

  private final Catalogue catalogue;
  private final CelEligibility cel;
  private final DataScopes scopes;
  private final AuditLog audit;
  private final MessageSource messages;

  ProductPage(
      Catalogue catalogue,
      CelEligibility cel,
      DataScopes scopes,
      AuditLog audit,
      MessageSource messages) {
    this.catalogue = catalogue;
    this.cel = cel;
    this.scopes = scopes;
    this.audit = audit;
    this.messages = messages;
  }

  @GetMapping("/products")
  String list(Model model) {
    model.addAttribute("products", catalogue.all().stream().map(ProductForm::of).toList());
    model.addAttribute("canEdit", scopes.has(Role.PRODUCT_MANAGER));
    return "products";
  }

  @GetMapping("/products/new")
  String blank(Model model) {
    return form(model, ProductForm.empty(), true, Map.of());
  }

  @GetMapping("/products/{code}")
  String product(@PathVariable String code, Model model) {
    Product p =
        catalogue.find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    model.addAttribute("history", catalogue.history(code));
    return form(model, ProductForm.of(p), false, Map.of());
  }

  @PostMapping("/products")
  String add(
      @RequestParam MultiValueMap<String, String> posted,
      Principal who,
      Locale locale,
      Model model,
      HttpServletResponse response) {
    ProductForm form = ProductForm.of(posted, posted.getFirst("code"));
    if (!form.code().isEmpty() && catalogue.find(form.code()).isPresent()) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return form(model, form, true, Map.of("code", text("product.error.exists", locale)));
    }
    return save(form, true, who, locale, model, response);
  }

  @PostMapping("/products/{code}")
  String edit(
      @PathVariable String code,
      @RequestParam MultiValueMap<String, String> posted,
      Principal who,
      Locale locale,
      Model model,
      HttpServletResponse response) {
    Product before =
        catalogue.find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    return save(ProductForm.of(posted, before.code()), false, who, locale, model, response);
  }

  private String save(
      ProductForm form,
      boolean adding,
      Principal who,
      Locale locale,
      Model model,
      HttpServletResponse response) {
    ProductForm.Parsed parsed = form.parse(cel);
    Map<String, String> errors = new LinkedHashMap<>();
    parsed.errors().forEach((field, key) -> errors.put(field, text(key, locale)));
    if (parsed.product().isPresent()) {
      try {
        Product saved = catalogue.save(who.getName(), parsed.product().get());
        audit.record(
            AuditAction.PRODUCT_SAVED,
            saved.code(),
            (adding ? "added " : "changed ") + saved.code() + ": " + saved);
        return "redirect:/products/" + saved.code() + "?saved";
      } catch (IllegalArgumentException e) {
        errors.put("form", e.getMessage());
      }
    }
    if (!adding) {
      model.addAttribute("history", catalogue.history(form.code()));
    }
    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    return form(model, form, adding, errors);
  }

  private String form(Model model, ProductForm form, boolean adding, Map<String, String> errors) {
    model.addAttribute("form", form);
    model.addAttribute("adding", adding);
    model.addAttribute("errors", errors);
    model.addAttribute("canEdit", scopes.has(Role.PRODUCT_MANAGER));
    model.addAttribute("types", Arrays.stream(ProductType.values()).map(Enum::name).toList());
    model.addAttribute("scenarios", ProductForm.allScenarios());
    model.addAttribute("maxEligibility", ProductForm.MAX_ELIGIBILITY);
    return "product";
  }

  private String text(String key, Locale locale) {
    return key.startsWith("!") ? key.substring(1) : messages.getMessage(key, null, key, locale);
  }
}
