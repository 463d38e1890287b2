package app.nestegg.vault.ledger;

import static app.nestegg.vault.ledger.CategoryKind.EXPENSE;
import static app.nestegg.vault.ledger.CategoryKind.INCOME;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * The category set a new vault starts with. Each group and category has a stable key, and its id is the name-based
 * UUID of {@code "nestegg:category:" + key}, so every vault's defaults have the same ids.
 */
final class DefaultCategories {

    record Entry(String key, String name) {}

    record Group(String key, String name, CategoryKind kind, List<Entry> categories) {}

    static final List<Group> GROUPS = List.of(
            group(
                    "income",
                    "Income",
                    INCOME,
                    "salary:Salary",
                    "interest-dividends:Interest & Dividends",
                    "refunds:Refunds",
                    "benefits-pension:Benefits & Pension",
                    "other-income:Other Income"),
            group(
                    "housing",
                    "Housing",
                    EXPENSE,
                    "rent:Rent",
                    "mortgage:Mortgage",
                    "utilities:Utilities",
                    "internet-phone:Internet & Phone",
                    "home-maintenance:Home Maintenance",
                    "furnishings:Furnishings"),
            group(
                    "food",
                    "Food",
                    EXPENSE,
                    "groceries:Groceries",
                    "restaurants:Restaurants",
                    "coffee:Coffee",
                    "alcohol-bars:Alcohol & Bars"),
            group(
                    "transport",
                    "Transport",
                    EXPENSE,
                    "fuel:Fuel",
                    "public-transit:Public Transit",
                    "parking:Parking & Tolls",
                    "car-maintenance:Car Maintenance",
                    "rideshare:Rideshare & Taxis",
                    "other-transport:Other Transport"),
            group(
                    "shopping",
                    "Shopping",
                    EXPENSE,
                    "clothing:Clothing",
                    "electronics:Electronics",
                    "general-shopping:General Shopping"),
            group("health", "Health", EXPENSE, "medical:Medical", "dental-vision:Dental & Vision", "pharmacy:Pharmacy"),
            group(
                    "leisure",
                    "Leisure",
                    EXPENSE,
                    "entertainment:Entertainment",
                    "subscriptions:Subscriptions",
                    "travel:Travel"),
            group(
                    "personal",
                    "Personal",
                    EXPENSE,
                    "personal-care:Personal Care",
                    "fitness:Fitness",
                    "education:Education",
                    "childcare:Childcare",
                    "pets:Pets",
                    "gifts-donations:Gifts & Donations"),
            group(
                    "financial",
                    "Financial",
                    EXPENSE,
                    "fees-charges:Fees & Charges",
                    "loan-payments:Loan Payments",
                    "taxes:Taxes",
                    "insurance:Insurance",
                    "professional-services:Professional Services"),
            group(
                    "transfers",
                    "Transfers",
                    EXPENSE,
                    "transfers:Transfers",
                    "credit-card-payments:Credit Card Payments",
                    "cash-withdrawals:Cash Withdrawals"));

    private DefaultCategories() {}

    /** The id every vault gives the default group or category with this key. */
    static UUID id(String key) {
        return UUID.nameUUIDFromBytes(("nestegg:category:" + key).getBytes(StandardCharsets.UTF_8));
    }

    static UUID groupId(String key) {
        return id("group:" + key);
    }

    private static Group group(String key, String name, CategoryKind kind, String... categories) {
        List<Entry> entries = java.util.Arrays.stream(categories)
                .map(c -> new Entry(c.substring(0, c.indexOf(':')), c.substring(c.indexOf(':') + 1)))
                .toList();
        return new Group(key, name, kind, entries);
    }
}
