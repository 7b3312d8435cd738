package io.loanradar.core.synthetic;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A customer's accounts: numbers each movement, keeps the running balance per account and writes
 * the rows. When an outflow would overdraw an account, it is first funded: from the basic account
 * by an internal transfer, or by the shareholders (股东借款) when the basic account is short too.
 */
final class Ledger {

  private final Enterprise firm;
  private final CsvFile out;
  private final long[] balance;
  private final String[] accountIds;
  private final String txnPrefix;
  private final String funder;
  private final long cushion;
  private long seq;

  Ledger(Enterprise firm, CsvFile out, SplittableRandom rng) {
    this.firm = firm;
    this.out = out;
    double monthly = firm.revenue() / 12.0;
    balance = new long[firm.accounts()];
    accountIds = new String[firm.accounts()];
    for (int k = 0; k < balance.length; k++) {
      double share = k == 0 ? Seeds.between(rng, 0.6, 2.0) : Seeds.between(rng, 0.05, 0.3);
      balance[k] = Math.round(monthly * share / 100) * 100;
      accountIds[k] = firm.account(k);
    }
    txnPrefix = "T" + Enterprise.pad(firm.index() + 1, 7);
    funder = firm.region().city() + Names.trade(rng, 2) + "投资有限公司";
    cushion = Math.max(1_000_000, Math.round(monthly * 0.05 / 1_000_000) * 1_000_000);
  }

  void write(List<Txn> txns) throws IOException {
    for (Txn t : txns) {
      if (!t.in() && balance[t.account()] < t.amount()) {
        fund(t);
      }
      balance[t.account()] += t.in() ? t.amount() : -t.amount();
      row(t, balance[t.account()]);
    }
  }

  /**
   * Pools cash at month end (资金归集): what other accounts hold above a working cushion goes back to
   * the basic account.
   */
  void sweep(LocalDate day) throws IOException {
    for (int k = 1; k < balance.length; k++) {
      long excess = (balance[k] - cushion) / 1_000_000 * 1_000_000;
      if (excess > cushion) {
        balance[k] -= excess;
        row(
            new Txn(
                day, 1050, k, false, excess, "TRANSFER", firm.name(), accountIds[0], null, "网银"),
            balance[k]);
        balance[0] += excess;
        row(
            new Txn(day, 1050, 0, true, excess, "TRANSFER", firm.name(), accountIds[k], null, "网银"),
            balance[0]);
      }
    }
  }

  private void fund(Txn t) throws IOException {
    int k = t.account();
    long need = t.amount() - balance[k] + cushion;
    need = (need + 99_999) / 100_000 * 100_000;
    int minute = Math.max(0, t.minute() - 5);
    if (k > 0 && balance[0] >= need) {
      balance[0] -= need;
      row(
          new Txn(
              t.day(), minute, 0, false, need, "TRANSFER", firm.name(), accountIds[k], null, "网银"),
          balance[0]);
      balance[k] += need;
      row(
          new Txn(
              t.day(), minute, k, true, need, "TRANSFER", firm.name(), accountIds[0], null, "网银"),
          balance[k]);
      return;
    }
    balance[k] += need;
    row(new Txn(t.day(), minute, k, true, need, "TRANSFER", funder, null, null, "柜面"), balance[k]);
  }

  private void row(Txn t, long balanceAfter) throws IOException {
    StringBuilder id = out.rawBuilder().append(txnPrefix);
    String s = Long.toString(++seq);
    for (int i = s.length(); i < 6; i++) {
      id.append('0');
    }
    id.append(s);
    out.raw(firm.id()).raw(accountIds[t.account()]);
    Dates.appendTimestamp(out.rawBuilder(), t.day(), t.minute());
    out.money(t.amount())
        .raw(t.in() ? "IN" : "OUT")
        .text(t.counterparty())
        .text(t.counterpartyAccount())
        .text(t.counterpartyId())
        .raw(t.purpose())
        .text(t.channel())
        .money(balanceAfter)
        .raw("CNY");
    out.end();
  }
}
