package io.loanradar.app.models;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.loanradar.app.score.LoanOutcomes;
import io.loanradar.app.security.DataScopes;
import io.loanradar.app.security.Role;
import io.loanradar.model.Learner;
import java.security.Principal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The model registry page (模型管理): per target the versions with their metrics side by side, the
 * maker-checker promotion (an analyst trains and asks; a risk manager or another analyst approves),
 * champion and challenger scored side by side on a recent as-of date, and PSI / CSI per as-of date
 * with the 0.1 / 0.25 flags.
 */
@Controller
class ModelsPage {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ModelRegistry registry;
  private final PlatformModels models;
  private final ModelMonitor monitor;
  private final TrainingSets sets;
  private final LoanOutcomes outcomes;
  private final DataScopes scopes;
  private final ExecutorService training = Executors.newSingleThreadExecutor();

  ModelsPage(
      ModelRegistry registry,
      PlatformModels models,
      ModelMonitor monitor,
      TrainingSets sets,
      LoanOutcomes outcomes,
      DataScopes scopes) {
    this.registry = registry;
    this.models = models;
    this.monitor = monitor;
    this.sets = sets;
    this.outcomes = outcomes;
    this.scopes = scopes;
  }

  /** One target's section of the page. */
  record Section(
      PlatformTarget target,
      List<Row> versions,
      Optional<ModelRegistry.Version> champion,
      Optional<ModelRegistry.Version> challenger,
      List<ModelMonitor.Check> championChecks,
      List<ModelMonitor.Check> challengerChecks) {}

  /** A version with its metrics read out. */
  record Row(ModelRegistry.Version v, Map<String, Object> m, List<ModelRegistry.Event> events) {

    public Object metric(String part, String key) {
      Object p = m.get(part);
      return p instanceof Map<?, ?> map ? map.get(key) : null;
    }

    public String dates(String part) {
      Object p = m.get(part);
      return p instanceof Map<?, ?> map ? map.get("from") + " … " + map.get("to") : "";
    }
  }

  @GetMapping("/models")
  String page(Model model) {
    List<Section> sections = new ArrayList<>();
    for (PlatformTarget t : PlatformTarget.values()) {
      List<Row> rows = new ArrayList<>();
      for (ModelRegistry.Version v : registry.all()) {
        if (v.target().equals(t.id())) {
          rows.add(new Row(v, metrics(v), registry.events(v.id())));
        }
      }
      Optional<ModelRegistry.Version> champion = registry.champion(t);
      Optional<ModelRegistry.Version> challenger = registry.challenger(t);
      sections.add(
          new Section(
              t,
              rows,
              champion,
              challenger,
              champion.map(v -> monitor.history(v.id())).orElse(List.of()),
              challenger.map(v -> monitor.history(v.id())).orElse(List.of())));
    }
    model.addAttribute("sections", sections);
    model.addAttribute("bands", ModelMonitor.bandLabels());
    model.addAttribute("canTrain", scopes.has(Role.ANALYST));
    model.addAttribute("canApprove", scopes.has(Role.ANALYST) || scopes.has(Role.RISK_MANAGER));
    return "models";
  }

  @PostMapping("/models/train")
  String train(
      @RequestParam("target") String target,
      @RequestParam("learner") String learner,
      Principal who,
      RedirectAttributes redirect) {
    try {
      PlatformTarget t = PlatformTarget.of(target);
      Learner l = Learner.of(learner);
      List<LocalDate> dates = sets.defaultDates(t, 1);
      String actor = who.getName();
      training.submit(
          () -> {
            try {
              models.train(t, l, dates, actor);
            } catch (Exception e) {
              org.slf4j.LoggerFactory.getLogger(ModelsPage.class)
                  .warn("training {} failed: {}", t.id(), e.getMessage());
            }
            return null;
          });
      redirect.addFlashAttribute(
          "message",
          "已开始训练 / training started: " + t.id() + " (" + l.id() + "), " + dates.size() + " dates");
    } catch (IllegalArgumentException e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/models";
  }

  @PostMapping("/models/{id}/request")
  String request(
      @PathVariable long id,
      @RequestParam(name = "note", defaultValue = "") String note,
      Principal who,
      RedirectAttributes redirect) {
    try {
      registry.requestPromotion(id, who.getName(), note);
    } catch (ModelRegistry.Refused e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/models";
  }

  @PostMapping("/models/{id}/approve")
  String approve(
      @PathVariable long id,
      @RequestParam(name = "decision", defaultValue = "approve") String decision,
      @RequestParam(name = "note", defaultValue = "") String note,
      Principal who,
      RedirectAttributes redirect) {
    try {
      if ("reject".equals(decision)) {
        registry.reject(id, who.getName(), note);
      } else {
        registry.approve(id, who.getName(), note);
      }
    } catch (ModelRegistry.Refused e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/models";
  }

  @PostMapping("/models/monitor")
  String check(@RequestParam("target") String target, RedirectAttributes redirect) {
    try {
      PlatformTarget t = PlatformTarget.of(target);
      LocalDate last =
          outcomes
              .span()
              .map(s -> YearMonth.from(s.last()).minusMonths(1).atEndOfMonth())
              .orElseThrow(() -> new IllegalArgumentException("the store is empty"));
      monitor.run(t, last);
    } catch (IllegalArgumentException e) {
      redirect.addFlashAttribute("error", e.getMessage());
    } catch (Exception e) {
      redirect.addFlashAttribute("error", "监测失败 / check failed: " + e.getMessage());
    }
    return "redirect:/models";
  }

  private static Map<String, Object> metrics(ModelRegistry.Version v) {
    try {
      return JSON.readValue(v.metrics(), new TypeReference<LinkedHashMap<String, Object>>() {});
    } catch (java.io.IOException e) {
      return Map.of();
    }
  }
}
