package app.nestegg.desktop.ledger.invest;

import app.nestegg.desktop.concurrent.TrackedTasks;
import app.nestegg.desktop.ledger.Choice;
import app.nestegg.desktop.ledger.LedgerErrors;
import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.text.MoneyFormat;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.ledger.invest.Trade;
import app.nestegg.vault.ledger.invest.TradeDraft;
import app.nestegg.vault.ledger.invest.TradeKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The "record trade" dialog's model: the kind, security, date and the numbers that kind needs (quantity and price,
 * fees, a dividend's amount or a split's ratio). A value that does not read as a number or a date is refused here,
 * naming the field; the ledger refuses the rest (a sale of more than is held) and nothing is written.
 */
public final class TradeForm {

    private final VaultSession session;
    private final TrackedTasks tasks;
    private final Messages messages;
    private final MoneyFormat format;
    private final LedgerErrors errors;
    private final Supplier<UUID> account;
    private final Supplier<LocalDate> today;
    private final Consumer<Trade> recorded;
    private final ObservableList<Choice> securities = FXCollections.observableArrayList();
    private final ObjectProperty<TradeKind> kind = new SimpleObjectProperty<>(this, "kind", TradeKind.BUY);
    private final ObjectProperty<Choice> security = new SimpleObjectProperty<>(this, "security");
    private final StringProperty date = new SimpleStringProperty(this, "date", "");
    private final StringProperty quantity = new SimpleStringProperty(this, "quantity", "");
    private final StringProperty price = new SimpleStringProperty(this, "price", "");
    private final StringProperty fees = new SimpleStringProperty(this, "fees", "");
    private final StringProperty amount = new SimpleStringProperty(this, "amount", "");
    private final StringProperty ratio = new SimpleStringProperty(this, "ratio", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyIntegerWrapper recordedCount = new ReadOnlyIntegerWrapper(this, "recordedCount", 0);

    TradeForm(
            VaultSession session,
            TrackedTasks tasks,
            Messages messages,
            MoneyFormat format,
            Supplier<UUID> account,
            Supplier<LocalDate> today,
            Consumer<Trade> recorded) {
        this.session = session;
        this.tasks = tasks;
        this.messages = messages;
        this.format = format;
        this.errors = new LedgerErrors(messages);
        this.account = account;
        this.today = today;
        this.recorded = recorded;
    }

    /** Empties the form for a new trade dated today, keeping the security list. */
    public void clear() {
        kind.set(TradeKind.BUY);
        security.set(securities.isEmpty() ? null : securities.getFirst());
        date.set(format.date(today.get()));
        quantity.set("");
        price.set("");
        fees.set("");
        amount.set("");
        ratio.set("");
        error.set("");
    }

    /** Records the trade in the page's account; the dialog closes when {@code recorded} is called. */
    public void record() {
        error.set("");
        TradeDraft draft;
        try {
            draft = draft();
        } catch (IllegalArgumentException refused) {
            error.set(refused.getMessage());
            return;
        }
        tasks.run(
                () -> session.ledger().investments().trades().record(draft),
                trade -> {
                    recordedCount.set(recordedCount.get() + 1);
                    recorded.accept(trade);
                },
                failure -> error.set(errors.describe(failure)));
    }

    private TradeDraft draft() {
        UUID accountId = account.get();
        if (accountId == null) {
            throw new IllegalArgumentException(messages.get("invest.trade.noAccount"));
        }
        if (security.get() == null) {
            throw new IllegalArgumentException(messages.get("invest.trade.noSecurity"));
        }
        LocalDate day = format.parseDate(date.get())
                .orElseThrow(() -> new IllegalArgumentException(messages.format("invest.trade.badDate", date.get())));
        TradeKind chosen = kind.get();
        BigDecimal shares = chosen == TradeKind.SPLIT
                ? number(ratio, "invest.trade.ratio")
                : chosen == TradeKind.DIVIDEND ? null : number(quantity, "invest.trade.quantity");
        BigDecimal perShare = chosen == TradeKind.BUY || chosen == TradeKind.SELL || chosen == TradeKind.REINVEST
                ? number(price, "invest.trade.price")
                : null;
        BigDecimal feeAmount =
                chosen == TradeKind.BUY || chosen == TradeKind.SELL ? optional(fees, "invest.trade.fees") : null;
        BigDecimal cash = chosen == TradeKind.DIVIDEND ? number(amount, "invest.trade.amount") : null;
        return new TradeDraft(accountId, security.get().id(), day, chosen, shares, perShare, feeAmount, cash, null);
    }

    private BigDecimal number(StringProperty field, String label) {
        return parse(field)
                .orElseThrow(() -> new IllegalArgumentException(
                        messages.format("invest.trade.badNumber", messages.get(label), field.get())));
    }

    private BigDecimal optional(StringProperty field, String label) {
        return field.get() == null || field.get().isBlank() ? null : number(field, label);
    }

    private Optional<BigDecimal> parse(StringProperty field) {
        return format.parseAmount(field.get());
    }

    /** Which fields the chosen kind uses, for the dialog to show only those. */
    public static boolean uses(TradeKind kind, String field) {
        return switch (field) {
            case "quantity" -> kind == TradeKind.BUY || kind == TradeKind.SELL || kind == TradeKind.REINVEST;
            case "price" -> kind == TradeKind.BUY || kind == TradeKind.SELL || kind == TradeKind.REINVEST;
            case "fees" -> kind == TradeKind.BUY || kind == TradeKind.SELL;
            case "amount" -> kind == TradeKind.DIVIDEND;
            case "ratio" -> kind == TradeKind.SPLIT;
            default -> false;
        };
    }

    public String kindName(TradeKind value) {
        return messages.get("invest.kind." + value.cliName());
    }

    public ObservableList<Choice> securities() {
        return securities;
    }

    public ObjectProperty<TradeKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Choice> securityProperty() {
        return security;
    }

    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty quantityProperty() {
        return quantity;
    }

    public StringProperty priceProperty() {
        return price;
    }

    public StringProperty feesProperty() {
        return fees;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public StringProperty ratioProperty() {
        return ratio;
    }

    /** Counts the trades recorded through this form; the dialog closes when it changes. */
    public ReadOnlyIntegerProperty recordedCountProperty() {
        return recordedCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
