package app.nestegg.vault.ledger;

import java.time.LocalDate;

/** What a sample household run wrote. */
public record SampleSummary(int accounts, long transactions, LocalDate from, LocalDate to) {}
