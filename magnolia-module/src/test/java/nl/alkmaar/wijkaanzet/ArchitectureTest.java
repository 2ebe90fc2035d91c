package nl.alkmaar.wijkaanzet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Domain code of the feature packages imports neither JCR nor the servlet API; only their adapters
 * do, and those are named for it ({@code Jcr*}, {@code *Servlet}).
 */
@AnalyzeClasses(
    packages = "nl.alkmaar.wijkaanzet",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final DescribedPredicate<JavaClass> ADAPTERS =
      DescribedPredicate.describe(
          "JCR or web adapters",
          type ->
              type.getSimpleName().startsWith("Jcr") || type.getSimpleName().endsWith("Servlet"));

  @ArchTest
  static final ArchRule domainIsFreeOfJcrAndServlets =
      noClasses()
          .that()
          .resideInAnyPackage(
              "..wijkaanzet.campaign..",
              "..wijkaanzet.idea..",
              "..wijkaanzet.forward..",
              "..wijkaanzet.vote..",
              "..wijkaanzet.result..",
              "..wijkaanzet.notify..")
          .and(DescribedPredicate.not(ADAPTERS))
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("javax.jcr..", "jakarta.servlet..")
          .allowEmptyShould(true);

  @ArchTest
  static final ArchRule onlyTheMagnoliaPackageTalksToMagnolia =
      noClasses()
          .that()
          .resideOutsideOfPackage("..wijkaanzet.magnolia..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("info.magnolia..");

  @ArchTest
  static final ArchRule renderingDoesNotTouchTheRepository =
      noClasses()
          .that()
          .resideInAPackage("..wijkaanzet.render..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("javax.jcr..");
}
