package io.loanradar.app.web;

import io.loanradar.core.customer.IndustrySection;
import io.loanradar.core.customer.Province;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Names GB/T 4754 industry and GB/T 2260 region codes on pages, in the reader's language. */
@Component("codes")
public class Codes {

  /** {@code C3612} → {@code C3612 制造业}; blank → {@code —}; an unknown section stays as given. */
  public String industry(String code) {
    if (code == null || code.isBlank()) {
      return "—";
    }
    return IndustrySection.of(code).map(s -> code + " " + s.name(english())).orElse(code);
  }

  /** {@code 320506} → {@code 320506 江苏省}; blank → {@code —}; an unknown province stays. */
  public String region(String code) {
    if (code == null || code.isBlank()) {
      return "—";
    }
    return Province.of(code).map(p -> code + " " + p.name(english())).orElse(code);
  }

  private static boolean english() {
    return "en".equals(LocaleContextHolder.getLocale().getLanguage());
  }
}
