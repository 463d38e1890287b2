package app.nestegg.vault;

/** One line of the security checkup. */
public record CheckItem(String name, Level level, String detail) {

    /** How the item stands. */
    public enum Level {
        OK,
        WARNING,
        PROBLEM
    }
}
