package io.loanradar.app.audit;

/** What an audit entry records. */
public enum AuditAction {
  /** A person signed in. */
  LOGIN,
  /** A sign-in was refused: wrong user name or password. */
  LOGIN_FAILED,
  /** A sign-in was refused because the account is locked after repeated failures. */
  LOGIN_LOCKED,
  /** A sign-in was refused because the account is disabled. */
  LOGIN_DISABLED,
  /** A person signed out. */
  LOGOUT,
  /** A customer page, or a customer's REST profile, was opened. */
  VIEW_CUSTOMER,
  /** Personal data (e.g. a legal representative's ID number) was shown unmasked. */
  VIEW_PERSONAL_DATA,
  /** Contract files were imported as a batch. */
  IMPORT,
  /** A user was created. */
  USER_ADDED,
  /** A user's password was set. */
  USER_PASSWORD,
  /** A user was disabled. */
  USER_DISABLED,
  /** A user was enabled again. */
  USER_ENABLED,
  /** An opportunity was moved along its lifecycle, or closed as lost. */
  OPPORTUNITY_MOVED,
  /** A product of the catalogue was added or changed. */
  PRODUCT_SAVED,
  /** An early-warning alert was moved along its lifecycle. */
  ALERT_MOVED,
  /** An enterprise was put on the watchlist. */
  WATCHLIST_ADDED,
  /** An enterprise was taken off the watchlist. */
  WATCHLIST_REMOVED,
  /** A note was added to a customer. */
  NOTE_ADDED,
  /** A platform model version was trained and registered as a candidate. */
  MODEL_TRAINED,
  /** Promotion of a candidate model to champion was requested. */
  MODEL_PROMOTION_REQUESTED,
  /** A promotion was approved: the candidate became champion, the old champion retired. */
  MODEL_APPROVED,
  /** A promotion was rejected, or an approval refused. */
  MODEL_REJECTED
}
