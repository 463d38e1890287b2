package app.nestegg.vault.exchange;

import java.math.BigDecimal;

/** One part of a split statement line (QIF {@code S}/{@code $}/{@code E}): a category name as the file spells it. */
public record StatementSplit(String category, BigDecimal amount, String memo) {}
