package app.nestegg.desktop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import app.nestegg.architecture.DoNotIncludeTestJars;
import app.nestegg.vault.UnlockAttempt;
import app.nestegg.vault.VaultService;
import app.nestegg.vault.VaultSession;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;

/** The desktop app's own rules: view models stay window-free, and views never call the (blocking) vault. */
@AnalyzeClasses(
        packages = "app.nestegg.desktop",
        importOptions = {ImportOption.DoNotIncludeTests.class, DoNotIncludeTestJars.class})
class DesktopArchitectureTest {

    /** Plain classes the views bind to, besides the ones named …ViewModel. */
    private static final Set<String> MODEL_CLASSES =
            Set.of("NewPassphraseForm", "PassphraseStrengthMeter", "Lockout", "TrackedTasks", "ErrorMessages");

    private static final Set<Class<?>> BLOCKING = Set.of(VaultService.class, VaultSession.class, UnlockAttempt.class);

    /** Getters that hand back what the session already holds, without touching the database. */
    private static final Set<String> NON_BLOCKING = Set.of("notice", "autoLock", "isLocked", "environment");

    @ArchTest
    static final ArchRule viewModelsDoNotKnowControls = noClasses()
            .that(DescribedPredicate.describe(
                    "are view models",
                    (JavaClass type) ->
                            type.getSimpleName().endsWith("ViewModel") || MODEL_CLASSES.contains(type.getSimpleName())))
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.animation..")
            .because("view models are unit-tested without a window (HOUSE.md, habit 4)");

    @ArchTest
    static final ArchRule viewsDoNotCallTheVault = noClasses()
            .that(DescribedPredicate.describe(
                    "are views (use javafx.scene)",
                    (JavaClass type) -> type.getDirectDependenciesFromSelf().stream()
                            .anyMatch(dependency ->
                                    dependency.getTargetClass().getPackageName().startsWith("javafx.scene"))))
            .should()
            .callMethodWhere(DescribedPredicate.describe(
                    "the target blocks on the vault (KDF, database)",
                    (JavaMethodCall call) -> BLOCKING.stream()
                                    .anyMatch(type -> call.getTargetOwner().isEquivalentTo(type))
                            && !NON_BLOCKING.contains(call.getName())))
            .because("vault calls block; views go through a view model and the TaskExecutor");
}
