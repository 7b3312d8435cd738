package io.loanradar.core.warning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every early-warning signal LoanRadar evaluates for a debtor itself, in documentation order. */
public final class SignalLibrary {

  /** Code of the signal a related party's trouble raises (see {@link Contagion}). */
  public static final String CONTAGION = "CONTAGION";

  private static final Map<String, Signal> ALL = build();

  private SignalLibrary() {}

  private static Map<String, Signal> build() {
    List<Signal> all = new ArrayList<>();
    all.addAll(FinancialSignals.all());
    all.addAll(FlowSignals.all());
    all.addAll(BureauSignals.all());
    all.addAll(TaxSignals.all());
    all.addAll(EventSignals.all());
    all.addAll(LoanSignals.all());
    Map<String, Signal> byCode = new LinkedHashMap<>();
    for (Signal s : all) {
      if (byCode.put(s.code(), s) != null) {
        throw new IllegalStateException("two signals share the code " + s.code());
      }
    }
    return Collections.unmodifiableMap(byCode);
  }

  /** All signals, in documentation order. */
  public static List<Signal> all() {
    return List.copyOf(ALL.values());
  }

  /** The signal of a code, empty when there is none. */
  public static Optional<Signal> find(String code) {
    return Optional.ofNullable(ALL.get(code));
  }
}
