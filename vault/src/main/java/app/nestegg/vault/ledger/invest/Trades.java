package app.nestegg.vault.ledger.invest;

import static app.nestegg.vault.store.generated.Tables.CATEGORY;
import static app.nestegg.vault.store.generated.Tables.TRADE;

import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.Accounts;
import app.nestegg.vault.ledger.Categories;
import app.nestegg.vault.ledger.ExchangeRates;
import app.nestegg.vault.ledger.LedgerInputException;
import app.nestegg.vault.ledger.LedgerText;
import app.nestegg.vault.ledger.Money;
import app.nestegg.vault.ledger.TransactionDraft;
import app.nestegg.vault.ledger.Transactions;
import app.nestegg.vault.ledger.networth.NetWorthSnapshots;
import app.nestegg.vault.store.ChangeLog;
import app.nestegg.vault.store.Ids;
import app.nestegg.vault.store.generated.tables.records.SecurityRecord;
import app.nestegg.vault.store.generated.tables.records.TradeRecord;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Records and deletes trades. A trade that moves cash writes that cash as a ledger transaction in the same account, in
 * the same write as the trade; deleting the trade deletes it. A trade that would leave a sale selling more shares than
 * are held at its date is refused and nothing is written.
 */
public final class Trades {

    private final ChangeLog log;
    private final Accounts accounts;
    private final Transactions transactions;
    private final ExchangeRates rates;
    private final Clock clock;

    Trades(ChangeLog log, Accounts accounts, Transactions transactions, ExchangeRates rates, Clock clock) {
        this.log = log;
        this.accounts = accounts;
        this.transactions = transactions;
        this.rates = rates;
        this.clock = clock;
    }

    public Trade record(TradeDraft draft) {
        return log.write(w -> {
            if (draft.accountId() == null) {
                throw new LedgerInputException("account", "The account is missing");
            }
            Account account = accounts.get(draft.accountId());
            TradeChecks.investmentAccount(account);
            TradeChecks.recordable(draft.kind());
            SecurityRecord security = Securities.load(w.dsl(), draft.securityId());
            TradeRecord record = new TradeRecord();
            record.setId(Ids.newId());
            record.setAccountId(account.id());
            record.setSecurityId(security.getId());
            record.setTradeDate(LedgerText.date(draft.date(), "date"));
            record.setKind(TradeChecks.kind(draft.kind()).name());
            record.setMemo(LedgerText.optional(draft.memo(), "memo", 500));
            record.setCreatedAt(clock.instant());
            fillAmounts(record, draft, account.currency(), Securities.toSecurity(security));
            if (record.getCashAmount() != 0) {
                Money cash = new Money(record.getCashAmount(), account.currency());
                TransactionDraft cashSide = TransactionDraft.of(
                                account.id(), record.getTradeDate(), cash.toDecimal(), payee(record, security))
                        .withMemo(record.getMemo());
                UUID dividends = Categories.defaultId("interest-dividends");
                if (record.getKind().equals("DIVIDEND") && w.dsl().fetchExists(CATEGORY, CATEGORY.ID.eq(dividends))) {
                    cashSide = cashSide.withCategory(dividends);
                }
                record.setCashTransactionId(transactions.addOwned(w, cashSide));
            }
            w.insert(record);
            NetWorthSnapshots.staleFrom(w.dsl(), record.getTradeDate());
            replay(w.dsl(), account, security.getId());
            return toTrade(record, account.currency());
        });
    }

    /** Deletes the trade and its cash transaction; refused when a later sale would then sell more than is held. */
    public void delete(UUID id) {
        log.write(w -> {
            TradeRecord record =
                    w.dsl().selectFrom(TRADE).where(TRADE.ID.eq(id)).fetchOne();
            if (record == null) {
                throw new LedgerInputException("trade", "No trade with id " + id);
            }
            if (record.getCashTransactionId() != null) {
                transactions.deleteOwned(w, record.getCashTransactionId());
            }
            w.delete(record);
            NetWorthSnapshots.staleFrom(w.dsl(), record.getTradeDate());
            replay(w.dsl(), accounts.get(record.getAccountId()), record.getSecurityId());
            return null;
        });
    }

    /** The account's trades, oldest first and within a day in the order they were recorded. */
    public List<Trade> list(UUID accountId) {
        return list(accountId, LedgerText.LATEST);
    }

    /** The account's trades up to and including the date, in replay order. */
    public List<Trade> list(UUID accountId, LocalDate asOf) {
        Currency currency = accounts.get(accountId).currency();
        return log.read(dsl -> trades(dsl, accountId, asOf, currency));
    }

    static List<Trade> trades(DSLContext dsl, UUID accountId, LocalDate asOf, Currency currency) {
        return dsl.selectFrom(TRADE)
                .where(TRADE.ACCOUNT_ID.eq(accountId))
                .and(TRADE.TRADE_DATE.le(asOf))
                .orderBy(TRADE.TRADE_DATE, TRADE.ID)
                .fetch(r -> toTrade(r, currency));
    }

    private void fillAmounts(TradeRecord record, TradeDraft draft, Currency currency, Security security) {
        TradeKind kind = TradeKind.valueOf(record.getKind());
        Money fees = Money.zero(currency);
        Money value;
        switch (kind) {
            case BUY, SELL, REINVEST -> {
                BigDecimal quantity = TradeChecks.quantity(draft.quantity(), "quantity");
                BigDecimal price = TradeChecks.price(draft.price(), "price");
                if (kind == TradeKind.REINVEST) {
                    TradeChecks.noFees(draft.fees(), kind);
                } else {
                    fees = TradeChecks.fees(draft.fees(), currency);
                }
                record.setQuantity(quantity);
                record.setPrice(price);
                Money gross = Money.rounded(quantity.multiply(price), security.currency());
                value = rates.convert(gross, currency, record.getTradeDate());
            }
            case DIVIDEND -> {
                TradeChecks.noFees(draft.fees(), kind);
                value = TradeChecks.dividend(draft.amount(), currency);
                record.setQuantity(BigDecimal.ZERO);
            }
            case SPLIT -> {
                TradeChecks.noFees(draft.fees(), kind);
                record.setQuantity(TradeChecks.splitRatio(draft.quantity()));
                value = Money.zero(currency);
            }
            default -> throw new IllegalStateException(kind.name());
        }
        record.setTradeValue(value.minor());
        record.setFees(fees.minor());
        record.setCashAmount(
                switch (kind) {
                    case BUY -> value.plus(fees).negate().minor();
                    case SELL -> value.minus(fees).minor();
                    case DIVIDEND -> value.minor();
                    case REINVEST, SPLIT, ADJUST_IN, ADJUST_OUT -> 0L;
                });
    }

    /** Replays the account's trades of the security, so a sale of more than is held refuses the whole write. */
    static void replay(DSLContext dsl, Account account, UUID securityId) {
        String symbol = Securities.load(dsl, securityId).getSymbol();
        List<Trade> trades = dsl.selectFrom(TRADE)
                .where(TRADE.ACCOUNT_ID.eq(account.id()))
                .and(TRADE.SECURITY_ID.eq(securityId))
                .orderBy(TRADE.TRADE_DATE, TRADE.ID)
                .fetch(r -> toTrade(r, account.currency()));
        PositionBook.replay(account.currency(), id -> symbol, trades);
    }

    private static String payee(TradeRecord record, SecurityRecord security) {
        String quantity = record.getQuantity().stripTrailingZeros().toPlainString();
        return switch (TradeKind.valueOf(record.getKind())) {
            case BUY -> "Buy " + quantity + " " + security.getSymbol();
            case SELL -> "Sell " + quantity + " " + security.getSymbol();
            default -> "Dividend " + security.getSymbol();
        };
    }

    static Trade toTrade(TradeRecord r, Currency currency) {
        return new Trade(
                r.getId(),
                r.getAccountId(),
                r.getSecurityId(),
                r.getTradeDate(),
                TradeKind.valueOf(r.getKind()),
                Prices.plain(r.getQuantity()),
                Optional.ofNullable(r.getPrice()).map(Prices::plain),
                new Money(r.getTradeValue(), currency),
                new Money(r.getFees(), currency),
                new Money(r.getCashAmount(), currency),
                Optional.ofNullable(r.getCashTransactionId()),
                r.getMemo());
    }
}
