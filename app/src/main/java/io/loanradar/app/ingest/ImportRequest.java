package io.loanradar.app.ingest;

import io.loanradar.core.contract.ContractKind;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Optional;

/**
 * How to import a batch.
 *
 * @param actor who imports (user name or {@code system})
 * @param origin where the batch came from: {@code cli}, {@code web}, {@code rest}, {@code demo}
 * @param kind the kind of every file, when not recognised from the header
 * @param encoding the files' encoding, when not detected
 * @param today the import date: no booking or observation may lie after it
 */
public record ImportRequest(
    String actor,
    String origin,
    Optional<ContractKind> kind,
    Optional<Charset> encoding,
    LocalDate today) {

  /** A request that recognises kinds and encodings itself. */
  public static ImportRequest of(String actor, String origin, LocalDate today) {
    return new ImportRequest(actor, origin, Optional.empty(), Optional.empty(), today);
  }
}
