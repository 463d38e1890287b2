package app.nestegg.vault.ledger;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Maps Plaid's personal finance categories (PFC v1, and the v2 additions {@code LOAN_DISBURSEMENTS} and {@code
 * INCOME_OTHER}) to the default categories. The detailed code is tried first, then the primary; a mapped default the
 * person has deleted falls through to the primary's, then to no category. Renamed defaults keep their ids, so they
 * still match.
 */
public final class PlaidCategories {

    static final Map<String, String> PRIMARY = Map.ofEntries(
            Map.entry("INCOME", "other-income"),
            Map.entry("TRANSFER_IN", "transfers"),
            Map.entry("TRANSFER_OUT", "transfers"),
            Map.entry("LOAN_PAYMENTS", "loan-payments"),
            Map.entry("LOAN_DISBURSEMENTS", "transfers"),
            Map.entry("BANK_FEES", "fees-charges"),
            Map.entry("ENTERTAINMENT", "entertainment"),
            Map.entry("FOOD_AND_DRINK", "restaurants"),
            Map.entry("GENERAL_MERCHANDISE", "general-shopping"),
            Map.entry("HOME_IMPROVEMENT", "home-maintenance"),
            Map.entry("MEDICAL", "medical"),
            Map.entry("PERSONAL_CARE", "personal-care"),
            Map.entry("GENERAL_SERVICES", "professional-services"),
            Map.entry("GOVERNMENT_AND_NON_PROFIT", "fees-charges"),
            Map.entry("TRANSPORTATION", "other-transport"),
            Map.entry("TRAVEL", "travel"),
            Map.entry("RENT_AND_UTILITIES", "utilities"));

    static final Map<String, String> DETAILED = Map.ofEntries(
            Map.entry("INCOME_WAGES", "salary"),
            Map.entry("INCOME_DIVIDENDS", "interest-dividends"),
            Map.entry("INCOME_INTEREST_EARNED", "interest-dividends"),
            Map.entry("INCOME_RETIREMENT_PENSION", "benefits-pension"),
            Map.entry("INCOME_UNEMPLOYMENT", "benefits-pension"),
            Map.entry("INCOME_TAX_REFUND", "refunds"),
            Map.entry("INCOME_OTHER_INCOME", "other-income"),
            Map.entry("INCOME_OTHER", "other-income"),
            Map.entry("TRANSFER_OUT_WITHDRAWAL", "cash-withdrawals"),
            Map.entry("LOAN_PAYMENTS_CREDIT_CARD_PAYMENT", "credit-card-payments"),
            Map.entry("LOAN_PAYMENTS_MORTGAGE_PAYMENT", "mortgage"),
            Map.entry("FOOD_AND_DRINK_GROCERIES", "groceries"),
            Map.entry("FOOD_AND_DRINK_COFFEE", "coffee"),
            Map.entry("FOOD_AND_DRINK_BEER_WINE_AND_LIQUOR", "alcohol-bars"),
            Map.entry("FOOD_AND_DRINK_FAST_FOOD", "restaurants"),
            Map.entry("FOOD_AND_DRINK_RESTAURANT", "restaurants"),
            Map.entry("ENTERTAINMENT_MUSIC_AND_AUDIO", "entertainment"),
            Map.entry("ENTERTAINMENT_TV_AND_MOVIES", "entertainment"),
            Map.entry("GENERAL_MERCHANDISE_CLOTHING_AND_ACCESSORIES", "clothing"),
            Map.entry("GENERAL_MERCHANDISE_ELECTRONICS", "electronics"),
            Map.entry("GENERAL_MERCHANDISE_GIFTS_AND_NOVELTIES", "gifts-donations"),
            Map.entry("GENERAL_MERCHANDISE_PET_SUPPLIES", "pets"),
            Map.entry("GENERAL_MERCHANDISE_BOOKSTORES_AND_NEWSSTANDS", "education"),
            Map.entry("HOME_IMPROVEMENT_FURNITURE", "furnishings"),
            Map.entry("HOME_IMPROVEMENT_HARDWARE", "home-maintenance"),
            Map.entry("HOME_IMPROVEMENT_REPAIR_AND_MAINTENANCE", "home-maintenance"),
            Map.entry("MEDICAL_DENTAL_CARE", "dental-vision"),
            Map.entry("MEDICAL_EYE_CARE", "dental-vision"),
            Map.entry("MEDICAL_PHARMACIES_AND_SUPPLEMENTS", "pharmacy"),
            Map.entry("MEDICAL_VETERINARY_SERVICES", "pets"),
            Map.entry("PERSONAL_CARE_GYMS_AND_FITNESS_CENTERS", "fitness"),
            Map.entry("GENERAL_SERVICES_AUTOMOTIVE", "car-maintenance"),
            Map.entry("GENERAL_SERVICES_CHILDCARE", "childcare"),
            Map.entry("GENERAL_SERVICES_EDUCATION", "education"),
            Map.entry("GENERAL_SERVICES_INSURANCE", "insurance"),
            Map.entry("GOVERNMENT_AND_NON_PROFIT_DONATIONS", "gifts-donations"),
            Map.entry("GOVERNMENT_AND_NON_PROFIT_TAX_PAYMENT", "taxes"),
            Map.entry("TRANSPORTATION_GAS", "fuel"),
            Map.entry("TRANSPORTATION_PARKING", "parking"),
            Map.entry("TRANSPORTATION_TOLLS", "parking"),
            Map.entry("TRANSPORTATION_PUBLIC_TRANSIT", "public-transit"),
            Map.entry("TRANSPORTATION_TAXIS_AND_RIDE_SHARES", "rideshare"),
            Map.entry("RENT_AND_UTILITIES_RENT", "rent"),
            Map.entry("RENT_AND_UTILITIES_INTERNET_AND_CABLE", "internet-phone"),
            Map.entry("RENT_AND_UTILITIES_TELEPHONE", "internet-phone"));

    private final Categories categories;

    public PlaidCategories(Categories categories) {
        this.categories = categories;
    }

    /** The category for a Plaid transaction's personal finance category; either code may be null. */
    public Optional<Category> categoryFor(String primary, String detailed) {
        return mapped(DETAILED, detailed).or(() -> mapped(PRIMARY, primary));
    }

    private Optional<Category> mapped(Map<String, String> table, String code) {
        if (code == null) {
            return Optional.empty();
        }
        String key = table.get(code.strip().toUpperCase(Locale.ROOT));
        if (key == null) {
            return Optional.empty();
        }
        UUID id = DefaultCategories.id(key);
        return categories.lookup(id);
    }
}
