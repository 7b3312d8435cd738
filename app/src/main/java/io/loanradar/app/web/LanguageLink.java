package io.loanradar.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** Gives every page the link that shows the same page in the other language. */
@ControllerAdvice
class LanguageLink {

  @ModelAttribute("langSwitchUrl")
  String langSwitchUrl(HttpServletRequest request, Locale locale) {
    String other = "en".equals(locale.getLanguage()) ? "zh-CN" : "en";
    return UriComponentsBuilder.fromPath(request.getRequestURI())
        .query(request.getQueryString())
        .replaceQueryParam("lang", other)
        .build()
        .toUriString();
  }
}
