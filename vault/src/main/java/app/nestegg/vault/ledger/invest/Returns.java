package app.nestegg.vault.ledger.invest;

import app.nestegg.vault.ledger.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The returns of an account's holdings. The external flows are the trades that move cash: a buy puts money in, a sale
 * and a dividend take it out; reinvested dividends and splits stay inside. Bank adjustments move shares without cash
 * but count as flows at their market value (quantity × price), so shares transferred in are not a gain and shares
 * transferred out not a loss. The holdings' value on the last day counts as money taken out then.
 */
public final class Returns {

    static final String XIRR_EXPLAINED =
            "Money-weighted (XIRR): the yearly rate at which what you put in, what you took"
                    + " out and what is left balance out, so large or well-timed purchases weigh more.";
    static final String TWR_EXPLAINED = "Time-weighted: how one unit invested for the whole time would have grown,"
            + " chaining the returns between purchases and sales so their size and timing do not count.";

    private final Holdings holdings;

    Returns(Holdings holdings) {
        this.holdings = holdings;
    }

    public InvestmentReturns of(UUID accountId, LocalDate asOf) {
        AccountValuer valuer = holdings.valuer(accountId, asOf);
        List<Trade> external =
                valuer.trades().stream().filter(Returns::isExternal).toList();
        if (external.isEmpty()) {
            String why = "cannot be computed: there are no purchases or sales on or before " + asOf + ".";
            return new InvestmentReturns(
                    accountId,
                    asOf,
                    asOf,
                    new ReturnFigure(Optional.empty(), true, "Money-weighted (XIRR) " + why),
                    new ReturnFigure(Optional.empty(), false, "Time-weighted " + why));
        }
        LocalDate from = external.getFirst().date();
        return new InvestmentReturns(
                accountId,
                from,
                asOf,
                moneyWeighted(valuer, external, asOf),
                timeWeighted(valuer, external, from, asOf));
    }

    private static ReturnFigure moneyWeighted(AccountValuer valuer, List<Trade> external, LocalDate asOf) {
        List<CashFlow> flows = new ArrayList<>();
        for (Trade trade : external) {
            flows.add(new CashFlow(trade.date(), flow(valuer, trade).toDecimal()));
        }
        flows.add(new CashFlow(asOf, valuer.value(asOf, true).toDecimal()));
        Optional<BigDecimal> rate = Xirr.rate(flows);
        return new ReturnFigure(
                rate,
                true,
                rate.isPresent()
                        ? XIRR_EXPLAINED
                        : "Money-weighted (XIRR) cannot be computed: the flows must include both money put in and"
                                + " money taken out or still held, and no yearly rate balances these.");
    }

    private static ReturnFigure timeWeighted(
            AccountValuer valuer, List<Trade> external, LocalDate from, LocalDate asOf) {
        TreeSet<LocalDate> days = new TreeSet<>();
        external.forEach(t -> days.add(t.date()));
        List<TimeWeightedReturn.Period> periods = new ArrayList<>();
        for (LocalDate start : days) {
            LocalDate next = days.higher(start);
            LocalDate end = next == null ? asOf : next;
            if (!end.isAfter(start)) {
                continue;
            }
            BigDecimal startValue = valuer.value(start, true).toDecimal();
            BigDecimal endValue = next == null
                    ? valuer.value(asOf, true).toDecimal()
                    : beforeFlows(valuer, end).toDecimal().add(paidOut(external, end));
            periods.add(new TimeWeightedReturn.Period(startValue, endValue));
        }
        Optional<BigDecimal> cumulative = TimeWeightedReturn.chain(periods);
        if (cumulative.isEmpty()) {
            return new ReturnFigure(
                    Optional.empty(),
                    false,
                    "Time-weighted cannot be computed: nothing was invested at the start of any period.");
        }
        long span = ChronoUnit.DAYS.between(from, asOf);
        if (span >= 365) {
            return new ReturnFigure(
                    Optional.of(TimeWeightedReturn.annualised(cumulative.get(), span)),
                    true,
                    TWR_EXPLAINED + " Shown per year.");
        }
        return new ReturnFigure(
                cumulative, false, TWR_EXPLAINED + " Shown over the " + span + " days since the first trade.");
    }

    /** The value on the day with that day's splits and reinvestments but before its purchases and sales. */
    private static Money beforeFlows(AccountValuer valuer, LocalDate day) {
        return valuer.value(day, trade -> trade.date().isBefore(day) || !movesShares(trade));
    }

    private static BigDecimal paidOut(List<Trade> external, LocalDate day) {
        BigDecimal total = BigDecimal.ZERO;
        for (Trade trade : external) {
            if (trade.date().equals(day) && trade.kind() == TradeKind.DIVIDEND) {
                total = total.add(trade.cash().toDecimal());
            }
        }
        return total;
    }

    /** What the trade took out of the holdings (positive) or put in (negative). */
    private static Money flow(AccountValuer valuer, Trade trade) {
        return switch (trade.kind()) {
            case ADJUST_IN -> valuer.worth(trade).negate();
            case ADJUST_OUT -> valuer.worth(trade);
            default -> trade.cash();
        };
    }

    private static boolean isExternal(Trade trade) {
        return movesShares(trade) || trade.kind() == TradeKind.DIVIDEND;
    }

    /** Buys, sales and bank adjustments: the trades whose shares come from or go to outside the holdings. */
    private static boolean movesShares(Trade trade) {
        return switch (trade.kind()) {
            case BUY, SELL, ADJUST_IN, ADJUST_OUT -> true;
            case DIVIDEND, REINVEST, SPLIT -> false;
        };
    }
}
