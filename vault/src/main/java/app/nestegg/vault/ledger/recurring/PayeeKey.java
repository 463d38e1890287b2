package app.nestegg.vault.ledger.recurring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A payee reduced to what stays the same between statements: lower case, words only. Words with digits (card numbers,
 * store numbers, dates, references) and punctuation go, so "NETFLIX.COM 8847" and "Netflix.com #1234" meet.
 */
public final class PayeeKey {

    private PayeeKey() {}

    public static String of(String payee) {
        List<String> words = new ArrayList<>();
        for (String token : payee.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (token.chars().anyMatch(Character::isDigit)) {
                continue;
            }
            String letters = token.replaceAll("[^\\p{L}]+", " ").strip();
            if (!letters.isEmpty()) {
                words.add(letters);
            }
        }
        String key = String.join(" ", words).replaceAll("\\s+", " ");
        return key.isEmpty() ? payee.strip().toLowerCase(Locale.ROOT) : key;
    }
}
