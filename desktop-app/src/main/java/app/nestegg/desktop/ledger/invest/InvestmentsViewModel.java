package app.nestegg.desktop.ledger.invest;

import app.nestegg.desktop.concurrent.TaskExecutor;
import app.nestegg.desktop.concurrent.TrackedTasks;
import app.nestegg.desktop.ledger.Choice;
import app.nestegg.desktop.ledger.LedgerErrors;
import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.text.MoneyFormat;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.ledger.Currencies;
import app.nestegg.vault.ledger.Ledger;
import app.nestegg.vault.ledger.invest.AccountHoldings;
import app.nestegg.vault.ledger.invest.AllocationSlice;
import app.nestegg.vault.ledger.invest.Holding;
import app.nestegg.vault.ledger.invest.InvestmentReturns;
import app.nestegg.vault.ledger.invest.PriceAge;
import app.nestegg.vault.ledger.invest.PriceAges;
import app.nestegg.vault.ledger.invest.PriceFileException;
import app.nestegg.vault.ledger.invest.ReturnFigure;
import app.nestegg.vault.ledger.invest.Security;
import app.nestegg.vault.ledger.invest.SecurityDraft;
import app.nestegg.vault.ledger.invest.SecurityType;
import app.nestegg.vault.ledger.invest.Trade;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Investments page: the brokerage and retirement accounts to choose from, the chosen account's holdings today with
 * market value and gains, its allocation by security type, its money- and time-weighted returns each with a one-line
 * explanation, its trades newest first (bank adjustments labelled as such), a price file import, a small form to add a
 * security, and the record-trade dialog's {@link TradeForm}.
 */
public final class InvestmentsViewModel {

    private final VaultSession session;
    private final TrackedTasks tasks;
    private final Messages messages;
    private final MoneyFormat format;
    private final Clock clock;
    private final LedgerErrors errors;
    private final TradeForm tradeForm;
    private final ObservableList<Choice> accounts = FXCollections.observableArrayList();
    private final ObservableList<HoldingRow> holdings = FXCollections.observableArrayList();
    private final ObservableList<AllocationShare> allocation = FXCollections.observableArrayList();
    private final ObservableList<TradeRow> trades = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> account = new SimpleObjectProperty<>(this, "account");
    private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper(this, "totals", "");
    private final ReadOnlyStringWrapper priceAge = new ReadOnlyStringWrapper(this, "priceAge", "");
    private final ReadOnlyStringWrapper moneyWeighted = new ReadOnlyStringWrapper(this, "moneyWeighted", "");
    private final ReadOnlyStringWrapper moneyWeightedExplained =
            new ReadOnlyStringWrapper(this, "moneyWeightedExplained", "");
    private final ReadOnlyStringWrapper timeWeighted = new ReadOnlyStringWrapper(this, "timeWeighted", "");
    private final ReadOnlyStringWrapper timeWeightedExplained =
            new ReadOnlyStringWrapper(this, "timeWeightedExplained", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final StringProperty symbol = new SimpleStringProperty(this, "symbol", "");
    private final StringProperty securityName = new SimpleStringProperty(this, "securityName", "");
    private final ObjectProperty<SecurityType> securityType =
            new SimpleObjectProperty<>(this, "securityType", SecurityType.STOCK);
    private final StringProperty securityCurrency = new SimpleStringProperty(this, "securityCurrency", "");

    public InvestmentsViewModel(
            VaultSession session, TaskExecutor executor, Messages messages, MoneyFormat format, Clock clock) {
        this.session = session;
        this.tasks = new TrackedTasks(executor);
        this.messages = messages;
        this.format = format;
        this.clock = clock;
        this.errors = new LedgerErrors(messages);
        this.tradeForm = new TradeForm(session, tasks, messages, format, this::accountId, this::today, trade -> {
            status.set(messages.format("invest.trade.recorded", format.date(trade.date())));
            load();
        });
        account.addListener((observable, old, chosen) -> {
            if (chosen != null && !chosen.equals(old)) {
                load();
            }
        });
    }

    private record Loaded(List<Choice> accounts, List<Choice> securities, String currency) {}

    /** Reads the accounts and securities again, then the chosen (or first) account's holdings. */
    public void refresh() {
        tasks.run(
                () -> {
                    Ledger ledger = session.ledger();
                    List<Choice> investing = ledger.accounts().list().stream()
                            .filter(a -> !a.closed())
                            .filter(a -> a.type() == AccountType.BROKERAGE || a.type() == AccountType.RETIREMENT)
                            .map(a -> new Choice(a.id(), a.name()))
                            .toList();
                    List<Choice> securities = ledger.investments().securities().list().stream()
                            .map(s -> new Choice(s.id(), s.symbol() + " · " + s.name()))
                            .toList();
                    return new Loaded(
                            investing, securities, ledger.rates().baseCurrency().getCurrencyCode());
                },
                loaded -> {
                    accounts.setAll(loaded.accounts());
                    tradeForm.securities().setAll(loaded.securities());
                    if (securityCurrency.get().isBlank()) {
                        securityCurrency.set(loaded.currency());
                    }
                    Choice keep = account.get();
                    Choice next = loaded.accounts().stream()
                            .filter(c -> keep != null && c.id().equals(keep.id()))
                            .findFirst()
                            .orElse(
                                    loaded.accounts().isEmpty()
                                            ? null
                                            : loaded.accounts().getFirst());
                    if (next != null && next.equals(keep)) {
                        load();
                    } else {
                        account.set(next);
                    }
                    if (next == null) {
                        clearHoldings();
                    }
                },
                this::failed);
    }

    private record Report(
            AccountHoldings holdings, InvestmentReturns returns, List<Trade> trades, Map<UUID, Security> securities) {}

    private void load() {
        UUID id = accountId();
        if (id == null) {
            clearHoldings();
            return;
        }
        LocalDate day = today();
        tasks.run(
                () -> {
                    var invest = session.ledger().investments();
                    return new Report(
                            invest.holdings().of(id, day),
                            invest.returns().of(id, day),
                            invest.trades().list(id),
                            invest.securities().list().stream()
                                    .collect(Collectors.toMap(Security::id, Function.identity())));
                },
                this::show,
                this::failed);
    }

    private void show(Report report) {
        error.set("");
        AccountHoldings account = report.holdings();
        holdings.setAll(account.holdings().stream().map(this::row).toList());
        allocation.setAll(account.allocation().stream().map(this::share).toList());
        trades.setAll(report.trades().stream()
                .sorted(Comparator.comparing(Trade::date).reversed())
                .map(trade -> tradeRow(trade, report.securities().get(trade.securityId())))
                .toList());
        totals.set(messages.format(
                "invest.totals",
                format.format(account.marketValue()),
                format.format(account.costBasis()),
                format.format(account.unrealisedGain()),
                format.format(account.realisedGain()),
                format.format(account.income())));
        priceAge.set(priceAge(account));
        moneyWeighted.set(
                figure("invest.returns.moneyWeighted", report.returns().moneyWeighted()));
        moneyWeightedExplained.set(report.returns().moneyWeighted().explanation());
        timeWeighted.set(figure("invest.returns.timeWeighted", report.returns().timeWeighted()));
        timeWeightedExplained.set(report.returns().timeWeighted().explanation());
    }

    /** How old the stalest price of the open holdings is: "Prices as of 2026-11-24 (3 days ago)". */
    private String priceAge(AccountHoldings account) {
        List<PriceAge> ages = account.holdings().stream()
                .filter(Holding::isOpen)
                .map(h -> new PriceAge(h.security(), h.priceDate(), account.asOf()))
                .toList();
        return PriceAges.stalest(ages)
                .map(stalest -> stalest.lastPriceDate().isEmpty()
                        ? messages.format(
                                "invest.priceAge.missing", stalest.security().symbol())
                        : messages.format(
                                "invest.priceAge",
                                format.date(stalest.lastPriceDate().get()),
                                stalest.daysOld().getAsLong()))
                .orElse("");
    }

    private void clearHoldings() {
        holdings.clear();
        allocation.clear();
        trades.clear();
        totals.set("");
        priceAge.set("");
        moneyWeighted.set("");
        moneyWeightedExplained.set("");
        timeWeighted.set("");
        timeWeightedExplained.set("");
    }

    private HoldingRow row(Holding h) {
        return new HoldingRow(
                h.security().symbol(),
                h.security().name(),
                format.decimal(h.quantity()),
                format.format(h.costBasis()),
                h.price()
                        .map(p -> format.decimal(p) + " "
                                + h.security().currency().getCurrencyCode())
                        .orElse("–"),
                format.format(h.marketValueInAccount()),
                format.format(h.unrealisedGain()),
                format.format(h.realisedGain()));
    }

    private TradeRow tradeRow(Trade trade, Security security) {
        return new TradeRow(
                trade.id(),
                format.date(trade.date()),
                messages.get("invest.kind." + trade.kind().cliName()),
                security.symbol(),
                format.decimal(trade.quantity()),
                trade.price().map(format::decimal).orElse("–"),
                format.format(trade.value()),
                format.format(trade.cash()),
                trade.kind().isBankAdjustment());
    }

    private AllocationShare share(AllocationSlice slice) {
        return new AllocationShare(
                messages.format(
                        "invest.slice",
                        messages.get("invest.type." + slice.type().cliName()),
                        percent(slice.share())),
                slice.share());
    }

    private String figure(String key, ReturnFigure figure) {
        if (figure.rate().isEmpty()) {
            return messages.format(key, messages.get("invest.returns.none"));
        }
        String rate = percent(figure.rate().get());
        return messages.format(
                key, messages.format(figure.yearly() ? "invest.returns.yearly" : "invest.returns.period", rate));
    }

    private String percent(BigDecimal share) {
        return format.decimal(share.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN)) + " %";
    }

    /** Adds the security typed in the small form; the ledger refuses a taken symbol. */
    public void addSecurity() {
        status.set("");
        error.set("");
        SecurityDraft draft;
        try {
            draft = new SecurityDraft(
                    symbol.get(),
                    securityName.get(),
                    securityType.get(),
                    Currencies.of(securityCurrency.get(), "currency"));
        } catch (app.nestegg.vault.ledger.LedgerInputException refused) {
            error.set(refused.getMessage());
            return;
        }
        tasks.run(
                () -> session.ledger().investments().securities().add(draft),
                added -> {
                    status.set(messages.format("invest.security.added", added.symbol()));
                    symbol.set("");
                    securityName.set("");
                    refresh();
                },
                this::failed);
    }

    /** Imports a price file whole; a bad row refuses it, and the message names the row and column. */
    public void importPrices(Path file) {
        status.set("");
        error.set("");
        tasks.run(
                () -> session.ledger().investments().prices().importFile(file),
                count -> {
                    status.set(messages.format("invest.prices.imported", count, file.getFileName()));
                    load();
                },
                this::failed);
    }

    /**
     * Deletes a trade the person recorded, with its cash transaction; the ledger refuses when a later sale would then
     * sell more than is held. Bank adjustments are refused here: the next sync would write them again.
     */
    public void deleteTrade(TradeRow row) {
        status.set("");
        error.set("");
        if (row.bankAdjustment()) {
            error.set(messages.get("invest.trade.adjustmentKept"));
            return;
        }
        tasks.run(
                () -> {
                    session.ledger().investments().trades().delete(row.id());
                    return row;
                },
                deleted -> {
                    status.set(messages.format("invest.trade.deleted", deleted.date()));
                    load();
                },
                this::failed);
    }

    private void failed(Exception failure) {
        error.set(failure instanceof PriceFileException refused ? refused.getMessage() : errors.describe(failure));
    }

    private UUID accountId() {
        return account.get() == null ? null : account.get().id();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    public String typeName(SecurityType type) {
        return messages.get("invest.type." + type.cliName());
    }

    public TradeForm tradeForm() {
        return tradeForm;
    }

    public ObservableList<Choice> accounts() {
        return accounts;
    }

    public ObservableList<HoldingRow> holdings() {
        return holdings;
    }

    public ObservableList<AllocationShare> allocation() {
        return allocation;
    }

    public ObservableList<TradeRow> trades() {
        return trades;
    }

    public ObjectProperty<Choice> accountProperty() {
        return account;
    }

    public ReadOnlyStringProperty totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    /** How old the chosen account's prices are; empty when it holds nothing. */
    public ReadOnlyStringProperty priceAgeProperty() {
        return priceAge.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty moneyWeightedProperty() {
        return moneyWeighted.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty moneyWeightedExplainedProperty() {
        return moneyWeightedExplained.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timeWeightedProperty() {
        return timeWeighted.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timeWeightedExplainedProperty() {
        return timeWeightedExplained.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public StringProperty symbolProperty() {
        return symbol;
    }

    public StringProperty securityNameProperty() {
        return securityName;
    }

    public ObjectProperty<SecurityType> securityTypeProperty() {
        return securityType;
    }

    public StringProperty securityCurrencyProperty() {
        return securityCurrency;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return tasks.busyProperty();
    }
}
