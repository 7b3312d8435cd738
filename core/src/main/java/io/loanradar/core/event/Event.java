package io.loanradar.core.event;

import io.loanradar.core.customer.EnterpriseId;
import io.loanradar.core.finance.Money;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * An event about an enterprise.
 *
 * @param eventId unique id
 * @param enterpriseId the enterprise it is about
 * @param occurredAt when, Asia/Shanghai local
 * @param source where it was observed
 * @param type what happened
 * @param title headline or summary
 * @param sentiment −1 (negative) … 1 (positive)
 * @param amount amount involved
 * @param url where to read more (http/https)
 */
public record Event(
    String eventId,
    EnterpriseId enterpriseId,
    LocalDateTime occurredAt,
    EventSource source,
    EventType type,
    Optional<String> title,
    Optional<BigDecimal> sentiment,
    Optional<Money> amount,
    Optional<String> url) {}
