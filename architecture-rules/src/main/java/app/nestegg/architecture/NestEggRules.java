package app.nestegg.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.Set;

/**
 * The rules every module's {@code ArchitectureTest} runs (see docs/decisions/0002-layering-and-architecture-rules.md). A class or
 * field may be exempted only with {@code @app.nestegg.vault.ArchitectureExemption}, which states its reason.
 */
public final class NestEggRules {

    static final String EXEMPTION = "app.nestegg.vault.ArchitectureExemption";
    private static final String VAULT = "app.nestegg.vault..";
    private static final String SYNC = "app.nestegg.sync..";
    private static final String DESKTOP = "app.nestegg.desktop..";
    private static final String CLI = "app.nestegg.cli..";

    private NestEggRules() {}

    @ArchTest
    public static final ArchRule vaultDependsOnNoUpperLayer = noClasses()
            .that()
            .resideInAPackage(VAULT)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(SYNC, DESKTOP, CLI)
            .because("the vault is the bottom layer: desktop-app -> sync-core -> vault")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule syncCoreDependsOnlyOnVault = noClasses()
            .that()
            .resideInAPackage(SYNC)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(DESKTOP, CLI)
            .because("sync-core sits below the desktop app")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule noUserInterfaceBelowDesktop = noClasses()
            .that()
            .resideInAnyPackage(VAULT, SYNC)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx..", "java.awt..", "javax.swing..")
            .because("only desktop-app may know about a user interface toolkit")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule standardStreamsOnlyInCommandLine = noClasses()
            .that()
            .resideOutsideOfPackage(CLI)
            .and(notExempted())
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("only the command line talks to the terminal; everything else logs through SLF4J")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule loggingOnlyThroughSlf4j = noClasses()
            .that()
            .resideInAPackage("app.nestegg..")
            .and(notExempted())
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "java.util.logging..",
                    "org.apache.logging..",
                    "org.apache.log4j..",
                    "org.apache.commons.logging..",
                    "ch.qos.logback..")
            .because("every log line goes through SLF4J so one configuration and one redaction layer apply")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule noFloatingPointFields = fields().that()
            .areDeclaredInClassesThat()
            .resideInAPackage("app.nestegg..")
            .should(notBeFloatingPointUnlessExempted())
            .because("money is long minor units and rates are BigDecimal; floating point rounds money wrongly")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule ledgerWritesGoThroughTheChangeLog = noClasses()
            .that()
            .resideInAnyPackage(
                    "app.nestegg.vault.ledger..",
                    "app.nestegg.vault.exchange..",
                    "app.nestegg.vault.household..",
                    "app.nestegg.vault.bank..",
                    SYNC,
                    DESKTOP,
                    CLI)
            .and(notExempted())
            .should()
            .callMethodWhere(
                    DescribedPredicate.describe("it writes rows with jOOQ directly", NestEggRules::writesRowsDirectly))
            .because("every ledger change must reach the change log household sync reads: use ChangeLog.write and"
                    + " its ChangeWriter (docs/decisions/0009-change-log-and-hybrid-logical-clock.md)")
            .allowEmptyShould(true);

    private static final Set<String> RECORD_WRITES = Set.of("insert", "update", "delete", "store", "merge");
    private static final Set<String> CONTEXT_WRITES = Set.of(
            "insertInto",
            "update",
            "deleteFrom",
            "delete",
            "mergeInto",
            "truncate",
            "batchInsert",
            "batchUpdate",
            "batchDelete",
            "batchStore",
            "batchMerge",
            "executeInsert",
            "executeUpdate",
            "executeDelete");

    private static boolean writesRowsDirectly(JavaMethodCall call) {
        JavaClass owner = call.getTargetOwner();
        String name = call.getName();
        return owner.isAssignableTo("org.jooq.TableRecord") && RECORD_WRITES.contains(name)
                || owner.isAssignableTo("org.jooq.DSLContext") && CONTEXT_WRITES.contains(name);
    }

    private static DescribedPredicate<JavaClass> notExempted() {
        return DescribedPredicate.not(
                DescribedPredicate.describe("exempted", javaClass -> javaClass.isAnnotatedWith(EXEMPTION)));
    }

    private static ArchCondition<JavaField> notBeFloatingPointUnlessExempted() {
        Set<String> floatingPoint = Set.of("double", "float", Double.class.getName(), Float.class.getName());
        return new ArchCondition<>("not be double or float") {
            @Override
            public void check(JavaField field, ConditionEvents events) {
                boolean floating = floatingPoint.contains(field.getRawType().getName());
                boolean exempted =
                        field.isAnnotatedWith(EXEMPTION) || field.getOwner().isAnnotatedWith(EXEMPTION);
                if (floating && !exempted) {
                    events.add(SimpleConditionEvent.violated(
                            field, field.getFullName() + " is floating point; use long minor units or BigDecimal"));
                }
            }
        };
    }
}
