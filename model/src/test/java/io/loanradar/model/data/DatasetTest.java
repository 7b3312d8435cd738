package io.loanradar.model.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetTest {

  @TempDir Path dir;

  Table csv(String text) throws IOException {
    Path file = dir.resolve("t.csv");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return Table.read(file);
  }

  @Test
  void readsTrimmedHeadersQuotedFieldsAndMissingMarks() throws IOException {
    Table t = csv("id, amount ,city,y\n1,\"1,5\",\"Bei, jing\",0\n2,?,,1\n3, 7 ,NA,0\n");
    assertThat(t.names()).containsExactly("id", "amount", "city", "y");
    assertThat(t.cell(0, 1)).isEqualTo("1,5");
    assertThat(t.cell(0, 2)).isEqualTo("Bei, jing");
    assertThat(t.cell(1, 1)).isNull();
    assertThat(t.cell(1, 2)).isNull();
    assertThat(t.cell(2, 1)).isEqualTo("7");
    assertThat(t.cell(2, 2)).isNull();
    assertThat(t.sha256()).hasSize(64);
  }

  @Test
  void typesNumericAndCategoricalColumnsAndSetsAsideIdAndExcluded() throws IOException {
    Table t = csv("id,amount,city,junk,y\n1,10,bj,x,0\n2,,sh,y,1\n3,7.5,bj,z,0\n");
    Dataset d = Dataset.of(t, new DatasetSpec("y", null, "id", null, List.of("junk"), 50));
    assertThat(d.features())
        .containsExactly(
            Feature.numeric("amount"),
            new Feature("city", Feature.Kind.CATEGORICAL, List.of("bj", "sh")));
    assertThat(d.label()).containsExactly(0, 1, 0);
    assertThat(d.numbers(d.features().get(0))[1]).isNaN();
  }

  @Test
  void germanStyleLabelNeedsBadAndThenMapsIt() throws IOException {
    Table t = csv("a,class\n1,1\n2,2\n3,1\n");
    assertThatThrownBy(() -> Dataset.of(t, DatasetSpec.of("class", null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("label column 'class' has the values 1 and 2")
        .hasMessageContaining("--bad");
    assertThat(Dataset.of(t, DatasetSpec.of("class", "2")).label()).containsExactly(0, 1, 0);
    assertThatThrownBy(() -> Dataset.of(t, DatasetSpec.of("class", "bad")))
        .hasMessageContaining("--bad bad is not a value of label column 'class'");
  }

  @Test
  void refusesALabelThatIsNotBinary() throws IOException {
    Table t = csv("a,grade\n1,A\n2,B\n3,C\n");
    assertThatThrownBy(() -> Dataset.of(t, DatasetSpec.of("grade", "A")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("label column 'grade'")
        .hasMessageContaining("must be binary")
        .hasMessageContaining("it has 3: A, B, C");
  }

  @Test
  void refusesAMissingLabelColumnListingTheColumns() throws IOException {
    Table t = csv("a,b\n1,0\n2,1\n");
    assertThatThrownBy(() -> Dataset.of(t, DatasetSpec.of("target", null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("label column 'target' not found")
        .hasMessageContaining("its columns are: a, b");
  }

  @Test
  void refusesALabelMissingOnARow() throws IOException {
    Table t = csv("a,y\n1,0\n2,?\n3,1\n");
    assertThatThrownBy(() -> Dataset.of(t, DatasetSpec.of("y", null)))
        .hasMessageContaining("missing on 1 rows (first at line 3)");
  }

  @Test
  void refusesAnAllMissingColumn() throws IOException {
    Table t = csv("a,empty,y\n1,?,0\n2,,1\n3,NA,0\n");
    assertThatThrownBy(() -> Dataset.of(t, DatasetSpec.of("y", null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("column 'empty'")
        .hasMessageContaining("has no values")
        .hasMessageContaining("--exclude");
  }

  @Test
  void refusesATextColumnWithTooManyValues() throws IOException {
    StringBuilder text = new StringBuilder("name,y\n");
    for (int i = 0; i < 60; i++) {
      text.append("firm").append(i).append(',').append(i % 2).append('\n');
    }
    Table t = csv(text.toString());
    assertThatThrownBy(() -> Dataset.of(t, DatasetSpec.of("y", null)))
        .hasMessageContaining("column 'name'")
        .hasMessageContaining("is not numeric ('firm0' at line 2)")
        .hasMessageContaining("more than 50 distinct values");
  }

  @Test
  void refusesARowWithTheWrongNumberOfFields() {
    assertThatThrownBy(() -> csv("a,b,y\n1,2,0\n1,2\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 3: 2 fields, but the header has 3 columns");
  }
}
