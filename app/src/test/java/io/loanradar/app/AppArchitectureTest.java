package io.loanradar.app;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;

/** The app's walls: capabilities do not depend on each other in a circle; core stays below. */
@AnalyzeClasses(packages = "io.loanradar", importOptions = ImportOption.DoNotIncludeTests.class)
class AppArchitectureTest {

  @ArchTest
  static final ArchRule capabilitiesAreFreeOfCycles =
      slices().matching("io.loanradar.app.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule coreNeverDependsOnTheApp =
      ArchRuleDefinition.noClasses()
          .that()
          .resideInAPackage("io.loanradar.core..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.loanradar.app..");
}
