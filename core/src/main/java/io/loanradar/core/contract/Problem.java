package io.loanradar.core.contract;

/**
 * What is wrong with one cell, said in Chinese and in English so a person can act on it.
 *
 * @param zh the reason in Chinese
 * @param en the reason in English
 */
public record Problem(String zh, String en) {

  /** Creates a problem; both texts are required. */
  public Problem {
    if (zh == null || zh.isBlank() || en == null || en.isBlank()) {
      throw new IllegalArgumentException("a problem needs a Chinese and an English reason");
    }
  }
}
