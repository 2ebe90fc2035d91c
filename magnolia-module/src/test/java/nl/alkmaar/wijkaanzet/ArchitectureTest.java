package nl.alkmaar.wijkaanzet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module's shape. Each feature package ({@code campaign}, {@code idea}, {@code notify}, {@code
 * forward}, later {@code vote} and {@code result}) owns its whole path: domain code, its JCR
 * adapter ({@code Jcr*}) and its HTTP adapters in sub-packages ({@code idea.api}, {@code
 * idea.submit}, {@code idea.moderation}, {@code campaign.api}). {@code web} is only the HTTP
 * toolkit, {@code user} who is asking, {@code module} the servlets' common base, {@code magnolia}
 * the reflection adapters, {@code render} the template functions; the root package wires it all.
 */
@AnalyzeClasses(
    packages = "nl.alkmaar.wijkaanzet",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String[] FEATURES = {
    "..wijkaanzet.campaign..",
    "..wijkaanzet.idea..",
    "..wijkaanzet.forward..",
    "..wijkaanzet.vote..",
    "..wijkaanzet.result..",
    "..wijkaanzet.review..",
    "..wijkaanzet.export..",
    "..wijkaanzet.execution..",
    "..wijkaanzet.notify..",
    "..wijkaanzet.settings.."
  };

  /** The HTTP adapters of the features: servlets, their operations, views and screens. */
  private static final String[] HTTP_ADAPTERS = {
    "..wijkaanzet.campaign.api..",
    "..wijkaanzet.idea.api..",
    "..wijkaanzet.idea.submit..",
    "..wijkaanzet.idea.moderation..",
    "..wijkaanzet.vote.api..",
    "..wijkaanzet.result.api..",
    "..wijkaanzet.review.api..",
    "..wijkaanzet.export.api..",
    "..wijkaanzet.execution.api..",
    "..wijkaanzet.settings.api.."
  };

  private static final DescribedPredicate<JavaClass> JCR_ADAPTERS =
      DescribedPredicate.describe(
          "JCR adapters (Jcr*)", type -> type.getSimpleName().startsWith("Jcr"));

  @ArchTest
  static final ArchRule domainIsFreeOfJcrAndServlets =
      noClasses()
          .that()
          .resideInAnyPackage(FEATURES)
          .and()
          .resideOutsideOfPackages(HTTP_ADAPTERS)
          .and(DescribedPredicate.not(JCR_ADAPTERS))
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("javax.jcr..", "jakarta.servlet..")
          .allowEmptyShould(true);

  private static final DescribedPredicate<JavaClass> SQL_ADAPTERS =
      DescribedPredicate.describe(
          "SQL adapters (Sql*)", type -> type.getSimpleName().startsWith("Sql"));

  /** As with JCR: a feature talks to a database only in its {@code Sql*} adapters. */
  @ArchTest
  static final ArchRule onlySqlAdaptersTalkToADatabase =
      noClasses()
          .that()
          .resideInAnyPackage(FEATURES)
          .and(DescribedPredicate.not(SQL_ADAPTERS))
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.sql..")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("nl.alkmaar.wijkaanzet.sql.KeptConnection")
          .allowEmptyShould(true);

  @ArchTest
  static final ArchRule httpAdaptersDoNotTouchTheRepository =
      noClasses()
          .that()
          .resideInAnyPackage(HTTP_ADAPTERS)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("javax.jcr..")
          .allowEmptyShould(true);

  /**
   * JCR adapters read and write nodes; what an action makes of a point is decided in plain code
   * (ModerationDecision, Merge, UndoMerge, Correction) that the adapter calls inside its save.
   */
  @ArchTest
  static final ArchRule jcrAdaptersDecideNothing =
      noClasses()
          .that(JCR_ADAPTERS)
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("nl.alkmaar.wijkaanzet.idea.IdeaLifecycle")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("nl.alkmaar.wijkaanzet.idea.MergeRules");

  @ArchTest
  static final ArchRule theTopLevelPackagesHaveNoCycles =
      slices().matching("nl.alkmaar.wijkaanzet.(*)..").should().beFreeOfCycles();

  /** The web toolkit knows no feature, no runtime and no host. */
  @ArchTest
  static final ArchRule theWebToolkitImportsNothingOfOurs =
      noClasses()
          .that()
          .resideInAPackage("..wijkaanzet.web..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "nl.alkmaar.wijkaanzet",
              "..wijkaanzet.campaign..",
              "..wijkaanzet.idea..",
              "..wijkaanzet.vote..",
              "..wijkaanzet.forward..",
              "..wijkaanzet.notify..",
              "..wijkaanzet.jcr..",
              "..wijkaanzet.magnolia..",
              "..wijkaanzet.module..",
              "..wijkaanzet.render..",
              "..wijkaanzet.user..");

  /** Who is asking is plain data; it imports nothing of ours. */
  @ArchTest
  static final ArchRule theUserPackageImportsNothingOfOurs =
      classes()
          .that()
          .resideInAPackage("..wijkaanzet.user..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("..wijkaanzet.user..", "java..", "jakarta.servlet..");

  /**
   * A feature reaches another feature through its domain services, never through its servlets,
   * operations or screens. (The template functions in {@code render} are an entry point like a
   * servlet and may use the features' views.)
   */
  @ArchTest
  static final ArchRule ideaAdaptersAreTheIdeaFeaturesOwn =
      noClasses()
          .that()
          .resideInAnyPackage(FEATURES)
          .and()
          .resideOutsideOfPackage("..wijkaanzet.idea..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "..wijkaanzet.idea.api..",
              "..wijkaanzet.idea.submit..",
              "..wijkaanzet.idea.moderation..");

  @ArchTest
  static final ArchRule campaignAdaptersAreTheCampaignFeaturesOwn =
      noClasses()
          .that()
          .resideInAnyPackage(FEATURES)
          .and()
          .resideOutsideOfPackage("..wijkaanzet.campaign..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..wijkaanzet.campaign.api..");

  @ArchTest
  static final ArchRule voteAdaptersAreTheVoteFeaturesOwn =
      noClasses()
          .that()
          .resideInAnyPackage(FEATURES)
          .and()
          .resideOutsideOfPackage("..wijkaanzet.vote..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..wijkaanzet.vote.api..");

  @ArchTest
  static final ArchRule onlyTheMagnoliaPackageTalksToMagnolia =
      noClasses()
          .that()
          .resideOutsideOfPackage("..wijkaanzet.magnolia..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("info.magnolia..");

  /** The wiring does not name its Magnolia factory; it finds it (RuntimeFactory). */
  @ArchTest
  static final ArchRule theRootPackageDoesNotDependOnMagnolia =
      noClasses()
          .that()
          .resideInAPackage("nl.alkmaar.wijkaanzet")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..wijkaanzet.magnolia..");

  @ArchTest
  static final ArchRule renderingDoesNotTouchTheRepository =
      noClasses()
          .that()
          .resideInAPackage("..wijkaanzet.render..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("javax.jcr..");
}
