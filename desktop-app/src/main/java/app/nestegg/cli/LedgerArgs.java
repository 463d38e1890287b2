package app.nestegg.cli;

import app.nestegg.vault.ledger.LedgerText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Reads the ledger commands' option values before the vault is opened: dates, decimal amounts, splits and ids. A
 * malformed value is a usage error (exit code 2) whose message names the option and the value.
 */
final class LedgerArgs {

    private final Cli cli;

    LedgerArgs(Cli cli) {
        this.cli = cli;
    }

    /** An ISO date ({@code YYYY-MM-DD}) inside the years the ledger holds; null stays null. */
    LocalDate date(String option, String value) {
        if (value == null) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw CliFailure.usage(cli.text("arg.badDate", option, value));
        }
        if (date.isBefore(LedgerText.EARLIEST) || date.isAfter(LedgerText.LATEST)) {
            throw CliFailure.usage(
                    cli.text("arg.dateOutOfRange", option, value, LedgerText.EARLIEST, LedgerText.LATEST));
        }
        return date;
    }

    /** A month as {@code YYYY-MM}; null stays null. */
    YearMonth month(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw CliFailure.usage(cli.text("arg.badMonth", option, value));
        }
    }

    /** A decimal amount such as {@code -12.50}; whether it has too many decimals is the ledger's to say. */
    BigDecimal amount(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw CliFailure.usage(cli.text("arg.badAmount", option, value));
        }
    }

    /** {@code CATEGORY=AMOUNT}; the category is the text before the last {@code =}. */
    SplitArg split(String option, String value) {
        int at = value.lastIndexOf('=');
        if (at <= 0 || value.substring(0, at).isBlank() || at == value.length() - 1) {
            throw CliFailure.usage(cli.text("arg.badSplit", option, value));
        }
        try {
            return new SplitArg(
                    value.substring(0, at).strip(),
                    new BigDecimal(value.substring(at + 1).strip()));
        } catch (NumberFormatException e) {
            throw CliFailure.usage(cli.text("arg.badSplit", option, value));
        }
    }

    UUID id(String what, String value) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw CliFailure.usage(cli.text("arg.badId", what, value));
        }
    }

    /** Refuses a missing value of an option a command needs. */
    static <T> T required(Cli cli, String option, T value) {
        if (value == null) {
            throw CliFailure.usage(cli.text("arg.missing", option));
        }
        return value;
    }

    /** One {@code --split} as typed: the category's name and the amount. */
    record SplitArg(String category, BigDecimal amount) {}
}
