package io.loanradar.core.synthetic;

import java.util.SplittableRandom;

/** A customer's outside buyers, suppliers and service providers, with their account numbers. */
final class Counterparties {

  final String[] buyers;
  final String[] buyerAccounts;
  final String[] suppliers;
  final String[] supplierAccounts;
  final String landlord;
  final String landlordAccount;
  final String utility;
  final String relatedParty;
  final String relatedAccount;
  final String equipmentMaker;
  final String equipmentAccount;
  final String contractor;
  final String contractorAccount;

  Counterparties(Enterprise e, SplittableRandom rng) {
    int k = e.bigger() ? 6 + rng.nextInt(8) : 3 + rng.nextInt(5);
    buyers = new String[k];
    buyerAccounts = new String[k];
    for (int i = 0; i < k; i++) {
      buyers[i] = Names.outside(rng);
      buyerAccounts[i] = account(rng);
    }
    int s = e.bigger() ? 4 + rng.nextInt(6) : 2 + rng.nextInt(4);
    suppliers = new String[s];
    supplierAccounts = new String[s];
    for (int i = 0; i < s; i++) {
      suppliers[i] = Names.outside(rng);
      supplierAccounts[i] = account(rng);
    }
    landlord = e.region().city() + Names.trade(rng, 2) + "物业管理有限公司";
    landlordAccount = account(rng);
    utility = e.region().city() + (rng.nextBoolean() ? "供电公司" : "自来水有限公司");
    relatedParty = e.region().city() + Names.trade(rng, 2) + "商贸有限公司";
    relatedAccount = account(rng);
    equipmentMaker = Names.equipmentMaker(rng);
    equipmentAccount = account(rng);
    contractor = e.region().city() + Names.trade(rng, 2) + "建设工程有限公司";
    contractorAccount = account(rng);
  }

  static String account(SplittableRandom rng) {
    char[] digits = new char[16 + rng.nextInt(4)];
    digits[0] = (char) ('1' + rng.nextInt(9));
    for (int i = 1; i < digits.length; i++) {
      digits[i] = (char) ('0' + rng.nextInt(10));
    }
    return new String(digits);
  }
}
