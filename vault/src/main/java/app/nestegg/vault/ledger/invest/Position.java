package app.nestegg.vault.ledger.invest;

import app.nestegg.vault.ledger.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Deque;
import java.util.List;
import java.util.UUID;

/**
 * One security's shares in one account while trades are replayed: open lots oldest first, the gain realised by sales
 * and the dividends received, all in minor units of the account's currency.
 */
final class Position {

    private final UUID securityId;
    private final Currency currency;
    private final Deque<OpenLot> lots = new ArrayDeque<>();
    private long realised;
    private long income;

    Position(UUID securityId, Currency currency) {
        this.securityId = securityId;
        this.currency = currency;
    }

    UUID securityId() {
        return securityId;
    }

    BigDecimal quantity() {
        BigDecimal total = BigDecimal.ZERO;
        for (OpenLot lot : lots) {
            total = total.add(lot.quantity);
        }
        return total;
    }

    Money cost() {
        long total = 0;
        for (OpenLot lot : lots) {
            total = Math.addExact(total, lot.cost);
        }
        return new Money(total, currency);
    }

    Money realised() {
        return new Money(realised, currency);
    }

    Money income() {
        return new Money(income, currency);
    }

    List<Lot> lots() {
        List<Lot> open = new ArrayList<>(lots.size());
        for (OpenLot lot : lots) {
            open.add(new Lot(lot.acquired, lot.quantity.stripTrailingZeros(), new Money(lot.cost, currency)));
        }
        return open;
    }

    void buy(LocalDate date, BigDecimal quantity, long cost) {
        lots.addLast(new OpenLot(date, quantity, cost));
    }

    void dividend(long amount) {
        income = Math.addExact(income, amount);
    }

    /** Takes the shares from the oldest lots; a partly sold lot gives up its cost in proportion, rounded half-even. */
    void sell(BigDecimal quantity, long proceeds) {
        realised = Math.addExact(realised, proceeds - takeOldest(quantity));
    }

    /** Takes the shares from the oldest lots as a sale does, but they leave with their cost: nothing is realised. */
    void remove(BigDecimal quantity) {
        takeOldest(quantity);
    }

    /** @return the cost the shares taken carried */
    private long takeOldest(BigDecimal quantity) {
        BigDecimal left = quantity;
        long costSold = 0;
        while (left.signum() > 0) {
            OpenLot lot = lots.peekFirst();
            if (lot.quantity.compareTo(left) <= 0) {
                lots.removeFirst();
                left = left.subtract(lot.quantity);
                costSold += lot.cost;
            } else {
                long part = BigDecimal.valueOf(lot.cost)
                        .multiply(left)
                        .divide(lot.quantity, 0, RoundingMode.HALF_EVEN)
                        .longValueExact();
                lot.quantity = lot.quantity.subtract(left);
                lot.cost -= part;
                costSold += part;
                left = BigDecimal.ZERO;
            }
        }
        return costSold;
    }

    void split(BigDecimal ratio) {
        for (OpenLot lot : lots) {
            lot.quantity = lot.quantity.multiply(ratio);
        }
    }

    private static final class OpenLot {
        final LocalDate acquired;
        BigDecimal quantity;
        long cost;

        OpenLot(LocalDate acquired, BigDecimal quantity, long cost) {
            this.acquired = acquired;
            this.quantity = quantity;
            this.cost = cost;
        }
    }
}
