package io.loanradar.core.synthetic;

import java.util.Map;

/** The GB/T 4754-2017 rule: a code's division (first two digits) lies in its section's range. */
final class IndustrySections {

  private static final Map<Character, int[]> RANGES =
      Map.ofEntries(
          Map.entry('A', new int[] {1, 5}),
          Map.entry('B', new int[] {6, 12}),
          Map.entry('C', new int[] {13, 43}),
          Map.entry('D', new int[] {44, 46}),
          Map.entry('E', new int[] {47, 50}),
          Map.entry('F', new int[] {51, 52}),
          Map.entry('G', new int[] {53, 60}),
          Map.entry('H', new int[] {61, 62}),
          Map.entry('I', new int[] {63, 65}),
          Map.entry('J', new int[] {66, 69}),
          Map.entry('K', new int[] {70, 70}),
          Map.entry('L', new int[] {71, 72}),
          Map.entry('M', new int[] {73, 75}),
          Map.entry('N', new int[] {76, 79}),
          Map.entry('O', new int[] {80, 82}),
          Map.entry('P', new int[] {83, 83}),
          Map.entry('Q', new int[] {84, 85}),
          Map.entry('R', new int[] {86, 90}),
          Map.entry('S', new int[] {91, 96}),
          Map.entry('T', new int[] {97, 97}));

  private IndustrySections() {}

  static boolean valid(String code) {
    if (!code.matches("[A-T]\\d{4}")) {
      return false;
    }
    int[] range = RANGES.get(code.charAt(0));
    int division = Integer.parseInt(code.substring(1, 3));
    return division >= range[0] && division <= range[1];
  }
}
