package app.nestegg.vault.ledger.invest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A trade as a person types it, before the ledger checks it. Quantity and price are decimals (price per share in the
 * security's currency); fees and a dividend's amount are decimals in the account's currency. A split's quantity is its
 * ratio: new shares per old share (2 for a two-for-one split).
 */
public record TradeDraft(
        UUID accountId,
        UUID securityId,
        LocalDate date,
        TradeKind kind,
        BigDecimal quantity,
        BigDecimal price,
        BigDecimal fees,
        BigDecimal amount,
        String memo) {

    public static TradeDraft buy(
            UUID account, UUID security, LocalDate date, BigDecimal quantity, BigDecimal price, BigDecimal fees) {
        return new TradeDraft(account, security, date, TradeKind.BUY, quantity, price, fees, null, null);
    }

    public static TradeDraft sell(
            UUID account, UUID security, LocalDate date, BigDecimal quantity, BigDecimal price, BigDecimal fees) {
        return new TradeDraft(account, security, date, TradeKind.SELL, quantity, price, fees, null, null);
    }

    public static TradeDraft dividend(UUID account, UUID security, LocalDate date, BigDecimal amount) {
        return new TradeDraft(account, security, date, TradeKind.DIVIDEND, null, null, null, amount, null);
    }

    public static TradeDraft reinvest(
            UUID account, UUID security, LocalDate date, BigDecimal quantity, BigDecimal price) {
        return new TradeDraft(account, security, date, TradeKind.REINVEST, quantity, price, null, null, null);
    }

    public static TradeDraft split(UUID account, UUID security, LocalDate date, BigDecimal ratio) {
        return new TradeDraft(account, security, date, TradeKind.SPLIT, ratio, null, null, null, null);
    }

    public TradeDraft withMemo(String value) {
        return new TradeDraft(accountId, securityId, date, kind, quantity, price, fees, amount, value);
    }
}
