package io.loanradar.app.product;

import io.loanradar.core.demand.Scenario;
import io.loanradar.core.finance.Money;
import io.loanradar.core.product.Product;
import io.loanradar.core.product.ProductType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.util.MultiValueMap;

/**
 * A product as the edit form holds it: text as typed, amounts in 万元 and rates in percent (the store
 * keeps yuan and fractions). {@link #parse(CelEligibility)} turns it into a {@link Product} or
 * names what is wrong per field.
 *
 * @param code product code
 * @param name product name
 * @param type a {@link ProductType} name
 * @param minAmountWan smallest amount, 万元
 * @param maxAmountWan largest amount, 万元
 * @param minTenorMonths shortest tenor
 * @param maxTenorMonths longest tenor
 * @param rateFloorPercent lowest annual rate, percent
 * @param rateCapPercent highest annual rate, percent
 * @param scenarios {@link Scenario} names
 * @param eligibility CEL rule, blank for none
 * @param collateralRequired whether collateral is needed
 * @param industriesExcluded GB/T 4754 prefixes, separated by {@code ;}, commas or spaces
 */
public record ProductForm(
    String code,
    String name,
    String type,
    String minAmountWan,
    String maxAmountWan,
    String minTenorMonths,
    String maxTenorMonths,
    String rateFloorPercent,
    String rateCapPercent,
    List<String> scenarios,
    String eligibility,
    boolean collateralRequired,
    String industriesExcluded) {

  /** Longest eligibility rule the store keeps. */
  public static final int MAX_ELIGIBILITY = 2000;

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");
  private static final Pattern INDUSTRY = Pattern.compile("[A-T](\\d{1,4})?");
  private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Copies the scenarios; null text becomes empty. */
  public ProductForm {
    code = strip(code);
    name = strip(name);
    type = strip(type);
    minAmountWan = strip(minAmountWan);
    maxAmountWan = strip(maxAmountWan);
    minTenorMonths = strip(minTenorMonths);
    maxTenorMonths = strip(maxTenorMonths);
    rateFloorPercent = strip(rateFloorPercent);
    rateCapPercent = strip(rateCapPercent);
    scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
    eligibility = eligibility == null ? "" : eligibility.strip();
    industriesExcluded = strip(industriesExcluded);
  }

  /** The outcome of {@link #parse}: a product, or messages per field name (never both). */
  public record Parsed(Optional<Product> product, Map<String, String> errors) {}

  /** An empty form for a new product. */
  public static ProductForm empty() {
    return new ProductForm(
        "",
        "",
        ProductType.WORKING_CAPITAL.name(),
        "",
        "",
        "",
        "",
        "",
        "",
        List.of(),
        "",
        false,
        "");
  }

  /** The form of a stored product. */
  public static ProductForm of(Product p) {
    return new ProductForm(
        p.code(),
        p.name(),
        p.type().name(),
        p.minAmount().map(m -> plain(m.inWan())).orElse(""),
        p.maxAmount().map(m -> plain(m.inWan())).orElse(""),
        p.minTenorMonths().map(String::valueOf).orElse(""),
        p.maxTenorMonths().map(String::valueOf).orElse(""),
        p.rateFloor().map(r -> plain(r.multiply(HUNDRED))).orElse(""),
        p.rateCap().map(r -> plain(r.multiply(HUNDRED))).orElse(""),
        p.scenarios().stream().map(Enum::name).toList(),
        p.eligibility().orElse(""),
        p.collateralRequired(),
        String.join(";", p.industriesExcluded()));
  }

  /** The form as posted; {@code code} comes from the path when a product is edited. */
  public static ProductForm of(MultiValueMap<String, String> posted, String code) {
    return new ProductForm(
        code,
        posted.getFirst("name"),
        posted.getFirst("type"),
        posted.getFirst("minAmountWan"),
        posted.getFirst("maxAmountWan"),
        posted.getFirst("minTenorMonths"),
        posted.getFirst("maxTenorMonths"),
        posted.getFirst("rateFloorPercent"),
        posted.getFirst("rateCapPercent"),
        posted.getOrDefault("scenarios", List.of()),
        posted.getFirst("eligibility"),
        posted.containsKey("collateralRequired"),
        posted.getFirst("industriesExcluded"));
  }

  /** Whether a scenario is ticked. */
  public boolean serves(String scenario) {
    return scenarios.contains(scenario);
  }

  /**
   * Checks every field and builds the product. The eligibility rule must compile to true/false:
   * otherwise its error, with line:column, is the message of field {@code eligibility}.
   */
  public Parsed parse(CelEligibility cel) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (!CODE.matcher(code).matches()) {
      errors.put("code", "product.error.code");
    }
    if (name.isEmpty() || name.length() > 200) {
      errors.put("name", "product.error.name");
    }
    ProductType productType = null;
    try {
      productType = ProductType.valueOf(type);
    } catch (IllegalArgumentException e) {
      errors.put("type", "product.error.type");
    }
    Optional<BigDecimal> minAmount = decimal(errors, "minAmountWan", minAmountWan);
    Optional<BigDecimal> maxAmount = decimal(errors, "maxAmountWan", maxAmountWan);
    Optional<Long> minTenor = months(errors, "minTenorMonths", minTenorMonths);
    Optional<Long> maxTenor = months(errors, "maxTenorMonths", maxTenorMonths);
    Optional<BigDecimal> floor = decimal(errors, "rateFloorPercent", rateFloorPercent);
    Optional<BigDecimal> cap = decimal(errors, "rateCapPercent", rateCapPercent);
    if (minAmount.isPresent()
        && maxAmount.isPresent()
        && minAmount.get().compareTo(maxAmount.get()) > 0) {
      errors.put("maxAmountWan", "product.error.amountOrder");
    }
    if (minTenor.isPresent() && maxTenor.isPresent() && minTenor.get() > maxTenor.get()) {
      errors.put("maxTenorMonths", "product.error.tenorOrder");
    }
    for (var rate :
        List.of(Map.entry("rateFloorPercent", floor), Map.entry("rateCapPercent", cap))) {
      if (rate.getValue().filter(r -> r.compareTo(BigDecimal.valueOf(36)) > 0).isPresent()) {
        errors.put(rate.getKey(), "product.error.rate");
      }
    }
    if (floor.isPresent() && cap.isPresent() && floor.get().compareTo(cap.get()) > 0) {
      errors.put("rateCapPercent", "product.error.rateOrder");
    }
    List<Scenario> served = new ArrayList<>();
    for (String s : scenarios) {
      try {
        served.add(Scenario.valueOf(s));
      } catch (IllegalArgumentException e) {
        errors.put("scenarios", "product.error.scenario");
      }
    }
    if (served.isEmpty()) {
      errors.putIfAbsent("scenarios", "product.error.scenario");
    }
    List<String> industries =
        Arrays.stream(industriesExcluded.split("[;,，；\\s]+"))
            .map(s -> s.strip().toUpperCase(Locale.ROOT))
            .filter(s -> !s.isEmpty())
            .distinct()
            .toList();
    if (industries.stream().anyMatch(i -> !INDUSTRY.matcher(i).matches())
        || String.join(";", industries).length() > 500) {
      errors.put("industriesExcluded", "product.error.industries");
    }
    if (eligibility.length() > MAX_ELIGIBILITY) {
      errors.put("eligibility", "product.error.eligibilityLength");
    } else if (!eligibility.isEmpty()) {
      cel.check(eligibility).ifPresent(error -> errors.put("eligibility", "!" + error));
    }
    if (!errors.isEmpty()) {
      return new Parsed(Optional.empty(), errors);
    }
    return new Parsed(
        Optional.of(
            new Product(
                code,
                name,
                productType,
                minAmount.map(w -> Money.ofYuan(w.multiply(WAN))),
                maxAmount.map(w -> Money.ofYuan(w.multiply(WAN))),
                minTenor,
                maxTenor,
                floor.map(r -> r.divide(HUNDRED, 6, RoundingMode.HALF_UP).stripTrailingZeros()),
                cap.map(r -> r.divide(HUNDRED, 6, RoundingMode.HALF_UP).stripTrailingZeros()),
                served.stream().distinct().toList(),
                Optional.of(eligibility).filter(e -> !e.isEmpty()),
                collateralRequired,
                industries)),
        Map.of());
  }

  /** Industries joined for display. */
  public List<String> industryList() {
    return Arrays.stream(industriesExcluded.split(";")).filter(s -> !s.isBlank()).toList();
  }

  private static Optional<BigDecimal> decimal(
      Map<String, String> errors, String field, String text) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      BigDecimal v = new BigDecimal(text.replace(",", ""));
      if (v.signum() < 0 || v.precision() - v.scale() > 14 || v.scale() > 4) {
        errors.put(field, "product.error.number");
        return Optional.empty();
      }
      return Optional.of(v);
    } catch (NumberFormatException e) {
      errors.put(field, "product.error.number");
      return Optional.empty();
    }
  }

  private static Optional<Long> months(Map<String, String> errors, String field, String text) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      long v = Long.parseLong(text);
      if (v < 1 || v > 600) {
        errors.put(field, "product.error.months");
        return Optional.empty();
      }
      return Optional.of(v);
    } catch (NumberFormatException e) {
      errors.put(field, "product.error.months");
      return Optional.empty();
    }
  }

  private static String plain(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }

  private static String strip(String text) {
    return text == null ? "" : text.strip();
  }

  /** The scenario names in declaration order, for the form's checkboxes. */
  public static List<String> allScenarios() {
    return Arrays.stream(Scenario.values()).map(Enum::name).collect(Collectors.toList());
  }
}
