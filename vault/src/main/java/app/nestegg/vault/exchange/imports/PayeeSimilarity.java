package app.nestegg.vault.exchange.imports;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whether two payee texts name the same counterparty, as banks print them differently in different exports
 * ("GREEN LEAF GROCERS #12" and "GREEN LEAF GROCERS #12, SPRINGFIELD"): the words of two letters or more, compared
 * without case, and similar when at least half the words of the shorter text appear in the longer one. Bank sync uses
 * it too, to find a statement-imported row a synced row is.
 */
public final class PayeeSimilarity {

    private PayeeSimilarity() {}

    public static boolean similar(String a, String b) {
        Set<String> left = words(a);
        Set<String> right = words(b);
        if (left.isEmpty() || right.isEmpty()) {
            return left.isEmpty() && right.isEmpty();
        }
        Set<String> shorter = left.size() <= right.size() ? left : right;
        Set<String> longer = shorter == left ? right : left;
        int shared = 0;
        for (String word : shorter) {
            if (longer.contains(word)) {
                shared++;
            }
        }
        return shared * 2 >= shorter.size();
    }

    static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        if (text == null) {
            return words;
        }
        StringBuilder word = new StringBuilder();
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i <= lower.length(); i++) {
            char c = i < lower.length() ? lower.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                word.append(c);
            } else {
                if (word.length() >= 2) {
                    words.add(word.toString());
                }
                word.setLength(0);
            }
        }
        return words;
    }
}
