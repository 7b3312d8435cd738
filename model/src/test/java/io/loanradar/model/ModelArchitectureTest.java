package io.loanradar.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(
    packages = "io.loanradar.model",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ModelArchitectureTest {

  @ArchTest
  static final ArchRule packagesAreFreeOfCycles =
      slices().matching("io.loanradar.model.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule theLabUsesNoApplicationFramework =
      noClasses()
          .that()
          .resideInAPackage("io.loanradar.model..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.springframework..", "io.loanradar.app..", "jakarta..");

  @ArchTest
  static final ArchRule onlyTheGbmPackageTouchesXgboost =
      noClasses()
          .that()
          .resideOutsideOfPackage("io.loanradar.model.gbm..")
          .and()
          .resideInAPackage("io.loanradar.model..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("ml.dmlc..");
}
