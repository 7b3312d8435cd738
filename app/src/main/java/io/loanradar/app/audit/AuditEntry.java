package io.loanradar.app.audit;

import java.time.LocalDateTime;

/**
 * One line of the audit log.
 *
 * @param id sequence number
 * @param occurredAt when, in the server's time zone
 * @param actor user name, or {@code cli:NAME} for the command line
 * @param action what happened
 * @param target what it happened to (customer number, user name, batch), or null
 * @param detail more on it, or null
 * @param remoteAddr the client's IP address, or null off the web
 */
public record AuditEntry(
    long id,
    LocalDateTime occurredAt,
    String actor,
    String action,
    String target,
    String detail,
    String remoteAddr) {}
