package app.nestegg.vault.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlaidCategoriesTest {

    private LedgerTestVault vault;
    private PlaidCategories plaid;

    @BeforeAll
    void open(@TempDir Path temp) {
        vault = new LedgerTestVault(temp.resolve("shared"));
        plaid = new PlaidCategories(vault.categories());
    }

    @AfterAll
    void close() {
        vault.close();
    }

    /** Every primary of Plaid's PFC v1 taxonomy, and LOAN_DISBURSEMENTS from v2. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "INCOME",
                "TRANSFER_IN",
                "TRANSFER_OUT",
                "LOAN_PAYMENTS",
                "LOAN_DISBURSEMENTS",
                "BANK_FEES",
                "ENTERTAINMENT",
                "FOOD_AND_DRINK",
                "GENERAL_MERCHANDISE",
                "HOME_IMPROVEMENT",
                "MEDICAL",
                "PERSONAL_CARE",
                "GENERAL_SERVICES",
                "GOVERNMENT_AND_NON_PROFIT",
                "TRANSPORTATION",
                "TRAVEL",
                "RENT_AND_UTILITIES"
            })
    void everyPrimaryCodeMapsToADefaultCategory(String primary) {
        assertThat(plaid.categoryFor(primary, primary + "_SOMETHING_NEW")).isPresent();
    }

    @ParameterizedTest
    @CsvSource({
        "FOOD_AND_DRINK, FOOD_AND_DRINK_GROCERIES, Groceries",
        "FOOD_AND_DRINK, FOOD_AND_DRINK_COFFEE, Coffee",
        "FOOD_AND_DRINK, FOOD_AND_DRINK_FAST_FOOD, Restaurants",
        "FOOD_AND_DRINK, FOOD_AND_DRINK_VENDING_MACHINES, Restaurants",
        "TRANSPORTATION, TRANSPORTATION_GAS, Fuel",
        "TRANSPORTATION, TRANSPORTATION_TAXIS_AND_RIDE_SHARES, Rideshare & Taxis",
        "INCOME, INCOME_WAGES, Salary",
        "INCOME, INCOME_OTHER, Other Income",
        "INCOME, INCOME_DIVIDENDS, Interest & Dividends",
        "RENT_AND_UTILITIES, RENT_AND_UTILITIES_RENT, Rent",
        "RENT_AND_UTILITIES, RENT_AND_UTILITIES_GAS_AND_ELECTRICITY, Utilities",
        "LOAN_PAYMENTS, LOAN_PAYMENTS_CREDIT_CARD_PAYMENT, Credit Card Payments",
        "LOAN_PAYMENTS, LOAN_PAYMENTS_MORTGAGE_PAYMENT, Mortgage",
        "GENERAL_MERCHANDISE, GENERAL_MERCHANDISE_SUPERSTORES, General Shopping",
        "GENERAL_MERCHANDISE, GENERAL_MERCHANDISE_CLOTHING_AND_ACCESSORIES, Clothing",
        "TRANSFER_IN, TRANSFER_IN_ACCOUNT_TRANSFER, Transfers",
        "TRANSFER_OUT, TRANSFER_OUT_WITHDRAWAL, Cash Withdrawals",
        "GOVERNMENT_AND_NON_PROFIT, GOVERNMENT_AND_NON_PROFIT_TAX_PAYMENT, Taxes",
        "MEDICAL, MEDICAL_PHARMACIES_AND_SUPPLEMENTS, Pharmacy"
    })
    void detailedCodeWinsOverPrimary(String primary, String detailed, String category) {
        assertThat(plaid.categoryFor(primary, detailed)).map(Category::name).contains(category);
    }

    @Test
    void deletedDefaultFallsBackToThePrimaryThenToNothing(@TempDir Path own) {
        try (LedgerTestVault vault = new LedgerTestVault(own.resolve("vault"))) {
            PlaidCategories plaid = new PlaidCategories(vault.categories());
            vault.categories().delete(vault.category("Coffee"), null);

            assertThat(plaid.categoryFor("FOOD_AND_DRINK", "FOOD_AND_DRINK_COFFEE"))
                    .map(Category::name)
                    .contains("Restaurants");

            vault.categories().delete(vault.category("Restaurants"), null);

            assertThat(plaid.categoryFor("FOOD_AND_DRINK", "FOOD_AND_DRINK_COFFEE"))
                    .isEmpty();
        }
    }

    @Test
    void renamedDefaultStillMaps(@TempDir Path own) {
        try (LedgerTestVault vault = new LedgerTestVault(own.resolve("vault"))) {
            PlaidCategories plaid = new PlaidCategories(vault.categories());
            vault.categories().rename(vault.category("Groceries"), "Supermarket");

            assertThat(plaid.categoryFor("FOOD_AND_DRINK", "FOOD_AND_DRINK_GROCERIES"))
                    .map(Category::name)
                    .contains("Supermarket");
        }
    }

    @Test
    void unknownOrMissingCodesMapToNothing() {
        assertThat(plaid.categoryFor("SPACE_TRAVEL", "SPACE_TRAVEL_ROCKETS")).isEmpty();
        assertThat(plaid.categoryFor(null, null)).isEmpty();
        assertThat(plaid.categoryFor(null, "FOOD_AND_DRINK_GROCERIES"))
                .map(Category::name)
                .contains("Groceries");
    }

    @Test
    void everyMappedKeyIsADefaultCategory() {
        var defaults = DefaultCategories.GROUPS.stream()
                .flatMap(g -> g.categories().stream())
                .map(DefaultCategories.Entry::key)
                .toList();

        assertThat(defaults).containsAll(PlaidCategories.PRIMARY.values());
        assertThat(defaults).containsAll(PlaidCategories.DETAILED.values());
    }
}
