package io.loanradar.core.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.loanradar.core.customer.EnterpriseId;
import io.loanradar.core.customer.IndustryCode;
import io.loanradar.core.feature.IndustryPosition.Level;
import io.loanradar.core.feature.IndustryPosition.Peer;
import io.loanradar.core.feature.IndustryPosition.Percentile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class IndustryPositionTest {

  private static Peer peer(String id, String industry, double revenue) {
    return new Peer(
        new EnterpriseId(id), Optional.of(new IndustryCode(industry)), OptionalDouble.of(revenue));
  }

  @Test
  void ranksWithinTheDivisionWhenItHasEnoughPeers() {
    List<Peer> peers = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      peers.add(peer("C" + i, "C3411", i));
    }
    peers.add(peer("X", "C1311", 1_000));

    Map<EnterpriseId, Percentile> result = IndustryPosition.percentiles(peers);

    assertThat(result.get(new EnterpriseId("C29")))
        .isEqualTo(new Percentile(1.0, Level.DIVISION, "C34", 30));
    assertThat(result.get(new EnterpriseId("C0")).percentile()).isZero();
    assertThat(result.get(new EnterpriseId("X")))
        .isEqualTo(new Percentile(1.0, Level.SECTION, "C", 31));
  }

  @Test
  void fallsBackToTheSectionWhenTheDivisionHasTooFewPeers() {
    List<Peer> peers =
        List.of(
            peer("A", "C34", 10), peer("B", "C34", 20), peer("C", "C13", 30), peer("D", "C", 40));

    Map<EnterpriseId, Percentile> result = IndustryPosition.percentiles(peers, 3);

    assertThat(result.get(new EnterpriseId("B")))
        .isEqualTo(new Percentile(1.0 / 3, Level.SECTION, "C", 4));
    assertThat(result.get(new EnterpriseId("D")).percentile()).isEqualTo(1.0);
  }

  @Test
  void givesTiesTheMidRankAndSkipsLoneOrUnknownEnterprises() {
    List<Peer> peers =
        List.of(
            peer("A", "F51", 10),
            peer("B", "F51", 10),
            peer("C", "F51", 30),
            peer("D", "G54", 99),
            new Peer(new EnterpriseId("E"), Optional.empty(), OptionalDouble.of(5)),
            new Peer(
                new EnterpriseId("F"),
                Optional.of(new IndustryCode("F51")),
                OptionalDouble.empty()));

    Map<EnterpriseId, Percentile> result = IndustryPosition.percentiles(peers, 2);

    assertThat(result.get(new EnterpriseId("A")).percentile()).isEqualTo(0.25);
    assertThat(result.get(new EnterpriseId("C")).percentile()).isEqualTo(1.0);
    assertThat(result)
        .doesNotContainKeys(new EnterpriseId("D"), new EnterpriseId("E"), new EnterpriseId("F"));
  }

  @Test
  void refusesAMinimumBelowTwoPeers() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> IndustryPosition.percentiles(List.of(), 1))
        .withMessageContaining("1");
  }
}
