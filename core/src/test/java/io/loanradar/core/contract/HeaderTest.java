package io.loanradar.core.contract;

import static io.loanradar.core.contract.Rows.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HeaderTest {

  @Test
  void matchesNamesCaseInsensitivelyIgnoringBlanksAndBom() {
    Header header =
        Header.match(
            ContractKind.ENTERPRISES,
            List.of("\uFEFF Enterprise_ID ", "NAME", "\u3000Uscc\t", "Listed"));

    assertThat(header.complete()).isTrue();
    assertThat(header.unknown()).isEmpty();
    assertThat(header.matched()).isEqualTo(4);
    assertThat(header.positions()[ContractKind.ENTERPRISES.indexOf("enterprise_id")]).isZero();
    assertThat(header.positions()[ContractKind.ENTERPRISES.indexOf("uscc")]).isEqualTo(2);
    assertThat(header.positions()[ContractKind.ENTERPRISES.indexOf("region_code")]).isEqualTo(-1);
  }

  @Test
  void reportsUnknownColumnsWithoutFailing() {
    Header header =
        Header.match(
            ContractKind.ENTERPRISES, List.of("enterprise_id", " 备注 ", "name", "Legal_Rep", ""));

    assertThat(header.complete()).isTrue();
    assertThat(header.unknown()).containsExactly("备注", "Legal_Rep");
  }

  @Test
  void reportsUnknownFirstColumnWithoutItsBom() {
    Header header =
        Header.match(ContractKind.ENTERPRISES, List.of("\uFEFFremark", "enterprise_id", "name"));

    assertThat(header.unknown()).containsExactly("remark");
  }

  @Test
  void headerMissingARequiredColumnIsIncompleteAndRefusedByTheValidator() {
    Header header = Header.match(ContractKind.ENTERPRISES, List.of("enterprise_id", "uscc"));

    assertThat(header.complete()).isFalse();
    assertThat(header.missingRequired()).containsExactly("name");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new RowValidator(header, TODAY))
        .withMessageContaining("name");
  }

  @ParameterizedTest
  @EnumSource(ContractKind.class)
  void headerWithoutAnyColumnLacksEveryRequiredOne(ContractKind kind) {
    Header header = Header.match(kind, List.of("foo"));

    assertThat(header.missingRequired())
        .containsExactlyElementsOf(
            kind.columns().stream().filter(Column::required).map(Column::name).toList());
  }

  @Test
  void columnOrderIsFree() {
    List<String> names = new ArrayList<>(ContractKind.LOANS.columnNames());
    List<String> cells = new ArrayList<>(Rows.cells(ContractKind.LOANS));
    Collections.reverse(names);
    Collections.reverse(cells);

    RowResult result =
        new RowValidator(Header.match(ContractKind.LOANS, names), TODAY).check(cells);

    assertThat(result).isEqualTo(Rows.check(ContractKind.LOANS));
    assertThat(result).isInstanceOf(RowResult.Accepted.class);
  }

  @Test
  void missingTrailingCellsCountAsEmpty() {
    List<String> names = List.of("enterprise_id", "name", "uscc", "industry_code");

    RowResult result =
        new RowValidator(Header.match(ContractKind.ENTERPRISES, names), TODAY)
            .check(List.of("E001", "某公司"));

    assertThat(result)
        .isInstanceOfSatisfying(
            RowResult.Accepted.class, a -> assertThat(a.row().text("uscc")).isNull());
  }

  @ParameterizedTest
  @EnumSource(ContractKind.class)
  void recognisesEachKindFromItsOwnColumns(ContractKind kind) {
    assertThat(Header.recognise(kind.columnNames())).contains(kind);
  }

  @ParameterizedTest
  @EnumSource(ContractKind.class)
  void recognisesEachKindFromItsRequiredColumnsInUpperCase(ContractKind kind) {
    List<String> required =
        kind.columns().stream()
            .filter(Column::required)
            .map(c -> " " + c.name().toUpperCase(java.util.Locale.ROOT))
            .toList();

    assertThat(Header.recognise(required)).contains(kind);
  }

  @Test
  void recognisesNothingInANonsenseHeader() {
    assertThat(Header.recognise(List.of("a", "b", "c"))).isEmpty();
    assertThat(Header.recognise(List.of())).isEmpty();
    assertThat(Header.recognise(List.of("enterprise_id"))).isEmpty();
  }

  @Test
  void findsKindsByFileStem() {
    assertThat(ContractKind.ofFileStem("Credit_Records")).contains(ContractKind.CREDIT_RECORDS);
    assertThat(ContractKind.ofFileStem("ledger")).isEmpty();
  }
}
