package io.loanradar.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(
    packages = "io.loanradar.core",
    importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

  @ArchTest
  static final ArchRule coreDependsOnlyOnTheJdkAndItself =
      noClasses()
          .that()
          .resideInAPackage("io.loanradar.core..")
          .should()
          .dependOnClassesThat()
          .resideOutsideOfPackages("java..", "io.loanradar.core..")
          .because("core is plain Java: no Spring, Jakarta, Hibernate or Jackson");

  @ArchTest
  static final ArchRule coreUsesNoFramework =
      noClasses()
          .that()
          .resideInAPackage("io.loanradar.core..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.springframework..",
              "jakarta..",
              "javax.servlet..",
              "org.hibernate..",
              "com.fasterxml..");

  @ArchTest
  static final ArchRule capabilitiesAreFreeOfCycles =
      slices().matching("io.loanradar.core.(*)..").should().beFreeOfCycles();
}
