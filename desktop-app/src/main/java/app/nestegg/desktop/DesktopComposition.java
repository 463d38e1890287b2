package app.nestegg.desktop;

import app.nestegg.desktop.bank.BankAccess;
import app.nestegg.desktop.bank.BrowserOpener;
import app.nestegg.desktop.bank.ConnectionsSettingsView;
import app.nestegg.desktop.bank.ConnectionsViewModel;
import app.nestegg.desktop.bank.CredentialsViewModel;
import app.nestegg.desktop.concurrent.FxDebouncer;
import app.nestegg.desktop.concurrent.TaskExecutor;
import app.nestegg.desktop.diagnostics.DiagnosticsView;
import app.nestegg.desktop.diagnostics.DiagnosticsViewModel;
import app.nestegg.desktop.exchange.ImportButton;
import app.nestegg.desktop.exchange.ImportRunViewModel;
import app.nestegg.desktop.exchange.ImportWizardHost;
import app.nestegg.desktop.exchange.ImportWizardViewModel;
import app.nestegg.desktop.exchange.VaultStatementReading;
import app.nestegg.desktop.exchange.data.DataSettingsView;
import app.nestegg.desktop.exchange.data.DataSettingsViewModel;
import app.nestegg.desktop.household.HouseholdExchangeView;
import app.nestegg.desktop.household.HouseholdFiles;
import app.nestegg.desktop.household.HouseholdFolderWatch;
import app.nestegg.desktop.household.HouseholdPage;
import app.nestegg.desktop.household.HouseholdSyncViewModel;
import app.nestegg.desktop.household.HouseholdView;
import app.nestegg.desktop.household.HouseholdViewModel;
import app.nestegg.desktop.jobs.ScheduledWork;
import app.nestegg.desktop.jobs.ScheduledWorkView;
import app.nestegg.desktop.jobs.ScheduledWorkViewModel;
import app.nestegg.desktop.ledger.accounts.AccountsPage;
import app.nestegg.desktop.ledger.accounts.AccountsView;
import app.nestegg.desktop.ledger.accounts.AccountsViewModel;
import app.nestegg.desktop.ledger.budgets.BudgetView;
import app.nestegg.desktop.ledger.budgets.BudgetViewModel;
import app.nestegg.desktop.ledger.categories.CategoriesView;
import app.nestegg.desktop.ledger.categories.CategoriesViewModel;
import app.nestegg.desktop.ledger.currencies.CurrencySettingsView;
import app.nestegg.desktop.ledger.currencies.CurrencySettingsViewModel;
import app.nestegg.desktop.ledger.dashboard.DashboardView;
import app.nestegg.desktop.ledger.dashboard.DashboardViewModel;
import app.nestegg.desktop.ledger.forecast.ForecastView;
import app.nestegg.desktop.ledger.forecast.ForecastViewModel;
import app.nestegg.desktop.ledger.goals.GoalsView;
import app.nestegg.desktop.ledger.goals.GoalsViewModel;
import app.nestegg.desktop.ledger.invest.InvestmentsView;
import app.nestegg.desktop.ledger.invest.InvestmentsViewModel;
import app.nestegg.desktop.ledger.invest.QuoteSourceView;
import app.nestegg.desktop.ledger.invest.QuoteSourceViewModel;
import app.nestegg.desktop.ledger.recurring.BillsView;
import app.nestegg.desktop.ledger.recurring.BillsViewModel;
import app.nestegg.desktop.ledger.register.ReconcileViewModel;
import app.nestegg.desktop.ledger.register.RegisterView;
import app.nestegg.desktop.ledger.register.RegisterViewModel;
import app.nestegg.desktop.ledger.reports.ReportsView;
import app.nestegg.desktop.ledger.reports.ReportsViewModel;
import app.nestegg.desktop.ledger.rules.RulesView;
import app.nestegg.desktop.ledger.rules.RulesViewModel;
import app.nestegg.desktop.logs.CrashHandler;
import app.nestegg.desktop.logs.CrashReports;
import app.nestegg.desktop.logs.LogSettingsView;
import app.nestegg.desktop.logs.LogSettingsViewModel;
import app.nestegg.desktop.logs.RecentLogLines;
import app.nestegg.desktop.notifications.NotificationsButton;
import app.nestegg.desktop.notifications.NotificationsPanel;
import app.nestegg.desktop.notifications.NotificationsViewModel;
import app.nestegg.desktop.notifications.PopupAnnouncer;
import app.nestegg.desktop.security.LegalTexts;
import app.nestegg.desktop.security.TermsAcceptanceView;
import app.nestegg.desktop.security.TermsViewModel;
import app.nestegg.desktop.security.settings.DeleteVaultView;
import app.nestegg.desktop.security.settings.DeleteVaultViewModel;
import app.nestegg.desktop.security.settings.SecuritySettingsView;
import app.nestegg.desktop.security.settings.SecuritySettingsViewModel;
import app.nestegg.desktop.security.settings.SettingsView;
import app.nestegg.desktop.security.setup.SetupWizardView;
import app.nestegg.desktop.security.setup.SetupWizardViewModel;
import app.nestegg.desktop.security.unlock.RecoveryViewModel;
import app.nestegg.desktop.security.unlock.UnlockView;
import app.nestegg.desktop.security.unlock.UnlockViewModel;
import app.nestegg.desktop.shell.AppFlowViewModel;
import app.nestegg.desktop.shell.AppFlowViewModel.Screen;
import app.nestegg.desktop.shell.AppTheme;
import app.nestegg.desktop.shell.AppWindow;
import app.nestegg.desktop.shell.AppWindow.ScreenContent;
import app.nestegg.desktop.shell.Page;
import app.nestegg.desktop.shell.ShellView;
import app.nestegg.desktop.shell.ShellViewModel;
import app.nestegg.desktop.shell.ThemeSwitcher;
import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.text.MoneyFormat;
import app.nestegg.desktop.widgets.Views;
import app.nestegg.sync.diagnostics.Doctor;
import app.nestegg.sync.engine.PrefetchThread;
import app.nestegg.vault.VaultService;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.ledger.Account;
import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The composition root: the one place where the vault service, the executor, the texts and the theme meet the view
 * models and views. Every screen gets its collaborators through constructors from here.
 */
public final class DesktopComposition implements AppWindow.ScreenFactory {

    private final VaultService service;
    private final Path folder;
    private final TaskExecutor executor;
    private final Messages messages;
    private final LegalTexts legal;
    private final ObjectProperty<AppTheme> theme = new SimpleObjectProperty<>(this, "theme", AppTheme.LIGHT);
    private final AppFlowViewModel flow;
    private final MoneyFormat moneyFormat;
    private final Clock clock = Clock.systemDefaultZone();
    private final Path logFolder;
    private BrowserOpener browser = url -> {};
    private List<X509Certificate> bankAuthorities = List.of();
    private HouseholdFiles householdFiles = HouseholdFiles.dialogs();
    private final ObjectProperty<Path> bundleToOpen = new SimpleObjectProperty<>(this, "bundleToOpen");

    public DesktopComposition(
            VaultService service, Path folder, TaskExecutor executor, Messages messages, LegalTexts legal) {
        this.service = service;
        this.folder = folder;
        this.executor = executor;
        this.messages = messages;
        this.legal = legal;
        this.flow = new AppFlowViewModel(service, folder, executor, messages);
        this.moneyFormat = new MoneyFormat(messages.locale());
        this.logFolder = service.environment()
                .logFolder()
                .orElseGet(() -> DataLocations.current().logs());
    }

    /** Builds the window on {@code stage}, shows it and starts the flow (wizard or unlock screen). */
    public AppWindow show(Stage stage) {
        // The vault's status is read while the window is built, so the first frame is usually the unlock screen.
        flow.start();
        AppWindow window = new AppWindow(flow, this, 1120, 780);
        ThemeSwitcher.follow(theme, window.scene());
        stage.setTitle(messages.get("app.title"));
        stage.setMinWidth(820);
        stage.setMinHeight(600);
        stage.setScene(window.scene());
        stage.show();
        return window;
    }

    /** How Settings → Connections opens the bank's page: the app passes {@code HostServices::showDocument}. */
    public void openPagesWith(BrowserOpener opener) {
        this.browser = opener;
    }

    /**
     * Certificate authorities the Teller client trusts besides the system's. Only a local fake of Teller needs this;
     * the app itself never calls it.
     */
    public void trustBankAuthorities(List<X509Certificate> authorities) {
        this.bankAuthorities = List.copyOf(authorities);
    }

    /** The Household page's file choosers; journeys answer them, the app shows the system's dialogs. */
    public void chooseHouseholdFilesWith(HouseholdFiles files) {
        this.householdFiles = files;
    }

    /**
     * A {@code .nestegg-bundle} the app was opened with (or handed by a second launch): once unlocked, the Household
     * page asks to merge it. Call on the JavaFX thread.
     */
    public void openBundle(Path file) {
        bundleToOpen.set(file);
    }

    public AppFlowViewModel flow() {
        return flow;
    }

    public ObjectProperty<AppTheme> theme() {
        return theme;
    }

    @Override
    public ScreenContent create(Screen screen) {
        return switch (screen) {
            case STARTING -> new ScreenContent(starting(), () -> {});
            case PROBLEM -> new ScreenContent(problem(), () -> {});
            case WIZARD -> wizard();
            case UNLOCK -> unlock();
            case TERMS -> terms();
            case SHELL -> shell(flow.sessionProperty().get());
        };
    }

    private ScreenContent wizard() {
        SetupWizardViewModel wizard =
                new SetupWizardViewModel(service, folder, executor, messages, legal, flow::created);
        return new ScreenContent(new SetupWizardView(wizard, messages), wizard::dispose);
    }

    private ScreenContent unlock() {
        UnlockViewModel unlock = new UnlockViewModel(service, folder, executor, messages, flow::unlocked);
        RecoveryViewModel recovery = new RecoveryViewModel(service, folder, executor, messages, flow::unlocked);
        UnlockView view = new UnlockView(unlock, recovery, messages);
        unlock.checkStatus();
        return new ScreenContent(withFlowNotice(view), view::dispose);
    }

    /** The unlock screen with the flow's notice (what a restore did) above it, when there is one. */
    private Node withFlowNotice(Node screen) {
        String text = flow.noticeProperty().get();
        if (text.isEmpty()) {
            return screen;
        }
        Message notice = new Message(messages.get("unlock.noticeTitle"), text);
        notice.setId("flowNotice");
        notice.getStyleClass().add(Styles.SUCCESS);
        notice.setMaxSize(640, Region.USE_PREF_SIZE);
        StackPane.setAlignment(notice, Pos.TOP_CENTER);
        StackPane.setMargin(notice, new Insets(16));
        return new StackPane(screen, notice);
    }

    private ScreenContent terms() {
        TermsViewModel terms = new TermsViewModel(legal);
        return new ScreenContent(
                new TermsAcceptanceView(terms, messages, flow.busyProperty(), flow::acceptTerms, flow::lock), () -> {});
    }

    private ScreenContent shell(VaultSession session) {
        ShellViewModel shell = new ShellViewModel(session.notice(), messages, theme, flow::lock);
        PrefetchThread prefetch = PrefetchThread.start();
        ScheduledWork work = scheduledWork(session, prefetch);
        AccountsPage[] accountsPage = new AccountsPage[1];
        ShellView[] view = new ShellView[1];
        NotificationsViewModel[] bell = new NotificationsViewModel[1];
        HouseholdSyncViewModel[] householdSync = new HouseholdSyncViewModel[1];
        Runnable afterMerge = () -> {
            if (accountsPage[0] != null) {
                accountsPage[0].refresh();
            }
            bell[0].announceNew();
        };
        HouseholdFolderWatch watch = HouseholdFolderWatch.of(
                session,
                executor,
                new FxDebouncer(Duration.ofSeconds(2)),
                new FxDebouncer(Duration.ofSeconds(30)),
                round -> {
                    if (round.mergedEntries() > 0) {
                        afterMerge.run();
                    }
                    if (householdSync[0] != null) {
                        householdSync[0].refresh();
                    }
                });
        ImportWizardHost imports = new ImportWizardHost(
                () -> new ImportWizardViewModel(
                        session,
                        executor,
                        messages,
                        moneyFormat,
                        new VaultStatementReading(),
                        // Before a bulk import: the before-import backup.
                        ImportRunViewModel.BeforeBulkImport.TAKE_BACKUP,
                        () -> {
                            if (accountsPage[0] != null) {
                                accountsPage[0].refresh();
                            }
                        }),
                messages,
                card -> view[0].showModal(card),
                () -> view[0].hideModal());
        view[0] = new ShellView(shell, messages, page -> {
            Node built = page == Page.HOUSEHOLD
                    ? household(session, afterMerge, watch, householdSync)
                    : page(page, session, imports, work, prefetch);
            if (built instanceof AccountsPage accounts) {
                accountsPage[0] = accounts;
            }
            return built;
        });
        view[0].onFilesDropped(imports::importFiles);
        NotificationsViewModel notifications = notifications(session, view[0], work);
        bell[0] = notifications;
        work.start();
        watch.rewatch();
        javafx.beans.value.ChangeListener<Path> opener = (observable, old, file) -> {
            if (file != null) {
                shell.pageProperty().set(Page.HOUSEHOLD);
                householdSync[0].askMerge(file);
                bundleToOpen.set(null);
            }
        };
        bundleToOpen.addListener(opener);
        opener.changed(bundleToOpen, null, bundleToOpen.get());
        return new ScreenContent(view[0], () -> {
            bundleToOpen.removeListener(opener);
            watch.close();
            notifications.stop();
            work.stop();
            // interrupts a bank page read in flight, so a sync still running ends with the pages it stored
            prefetch.close();
        });
    }

    /** The Household page; its exchange half is kept for the bundle the app is asked to open. */
    private Node household(
            VaultSession session,
            Runnable afterMerge,
            HouseholdFolderWatch watch,
            HouseholdSyncViewModel[] householdSync) {
        HouseholdViewModel people = new HouseholdViewModel(session, executor, messages);
        HouseholdSyncViewModel exchange =
                new HouseholdSyncViewModel(session, executor, messages, afterMerge, watch::rewatch);
        householdSync[0] = exchange;
        people.refresh();
        exchange.refresh();
        return new HouseholdPage(
                new HouseholdView(people, messages, householdFiles),
                new HouseholdExchangeView(exchange, messages, householdFiles),
                messages);
    }

    /** The bell and its panel in the shell; new notifications pop up at unlock and after each scheduled round. */
    private NotificationsViewModel notifications(VaultSession session, ShellView view, ScheduledWork work) {
        NotificationsViewModel notifications = new NotificationsViewModel(session, executor, messages);
        notifications.announceTo(new PopupAnnouncer(view));
        NotificationsPanel panel = new NotificationsPanel(notifications, messages, view::hideModal);
        view.addToTopBar(new NotificationsButton(notifications, messages, () -> {
            notifications.refresh();
            view.showModal(panel);
        }));
        work.afterEachRound(notifications::announceNew);
        notifications.refresh();
        notifications.announceNew();
        return notifications;
    }

    /** The jobs of ADR 0024 while this session is open; leaving the shell (the lock) stops them. */
    private ScheduledWork scheduledWork(VaultSession session, PrefetchThread prefetch) {
        BankAccess bank = new BankAccess(session, System.getenv(), bankAuthorities, prefetch, clock);
        return ScheduledWork.of(bank, executor, (every, tick) -> {
            Timeline timeline =
                    new Timeline(new KeyFrame(javafx.util.Duration.millis(every.toMillis()), e -> tick.run()));
            timeline.setCycleCount(Animation.INDEFINITE);
            timeline.play();
            return timeline::stop;
        });
    }

    private Node page(
            Page page, VaultSession session, ImportWizardHost imports, ScheduledWork work, PrefetchThread prefetch) {
        return switch (page) {
            case DASHBOARD ->
                new DashboardView(new DashboardViewModel(session, executor, messages, moneyFormat, clock), messages);
            case ACCOUNTS -> accounts(session, imports);
            case INVESTMENTS -> {
                InvestmentsViewModel investments =
                        new InvestmentsViewModel(session, executor, messages, moneyFormat, clock);
                investments.refresh();
                yield new InvestmentsView(investments, messages);
            }
            case CATEGORIES -> {
                CategoriesViewModel categories = new CategoriesViewModel(session, executor, messages);
                categories.refresh();
                yield new CategoriesView(categories, messages);
            }
            case RULES -> {
                RulesViewModel rules = new RulesViewModel(session, executor, messages, moneyFormat);
                rules.refresh();
                yield new RulesView(rules, messages);
            }
            case BUDGETS -> {
                BudgetViewModel budgets = new BudgetViewModel(session, executor, messages, moneyFormat, clock);
                budgets.refresh();
                yield new BudgetView(budgets, messages);
            }
            case GOALS -> {
                GoalsViewModel goals = new GoalsViewModel(session, executor, messages, moneyFormat);
                goals.refresh();
                yield new GoalsView(goals, messages);
            }
            case BILLS -> {
                BillsViewModel bills = new BillsViewModel(session, executor, messages, moneyFormat);
                bills.refresh();
                yield new BillsView(bills, messages);
            }
            case FORECAST -> {
                ForecastViewModel forecast = new ForecastViewModel(session, executor, messages, moneyFormat, clock);
                forecast.refresh();
                yield new ForecastView(forecast, messages);
            }
            case REPORTS -> {
                ReportsViewModel reports = new ReportsViewModel(session, executor, messages, moneyFormat, clock);
                reports.refresh();
                yield new ReportsView(reports, messages);
            }
            case SETTINGS -> settings(session, work, prefetch);
            case DIAGNOSTICS -> {
                DiagnosticsViewModel diagnostics =
                        new DiagnosticsViewModel(new Doctor(session, work::statuses, clock), executor, messages);
                diagnostics.refresh();
                yield new DiagnosticsView(diagnostics, messages);
            }
            case HOUSEHOLD -> throw new IllegalArgumentException("The Household page is built by household()");
        };
    }

    private Node logSettings() {
        LogSettingsViewModel model = new LogSettingsViewModel(
                logFolder, settings -> LogConfiguration.applyToRunningApp(logFolder, settings), messages);
        return new LogSettingsView(model, url -> browser.open(url), messages);
    }

    /**
     * What turns an uncaught exception into a crash report and a calm dialog; the app installs it once the window is
     * up ({@link CrashHandler#install()}).
     */
    public CrashHandler crashHandler() {
        CrashReports reports = new CrashReports(logFolder, clock, AppInfo.version(), RecentLogLines::current);
        return new CrashHandler(reports, messages, url -> browser.open(url));
    }

    private Node settings(VaultSession session, ScheduledWork work, PrefetchThread prefetch) {
        SecuritySettingsViewModel security = new SecuritySettingsViewModel(session, executor, messages);
        DeleteVaultViewModel delete = new DeleteVaultViewModel(session, executor, messages, flow::erased);
        CurrencySettingsViewModel currencies =
                new CurrencySettingsViewModel(session, executor, messages, moneyFormat, clock);
        DataSettingsViewModel data = new DataSettingsViewModel(session, executor, messages, clock, flow::restored);
        security.refresh();
        delete.load();
        currencies.load();
        data.refresh();
        ScheduledWorkViewModel jobs = new ScheduledWorkViewModel(work, executor, messages);
        jobs.refresh();
        QuoteSourceViewModel quotes = new QuoteSourceViewModel(
                new BankAccess(session, System.getenv(), bankAuthorities, prefetch, clock).quotes(),
                executor,
                messages);
        quotes.load();
        return new SettingsView(
                new SecuritySettingsView(security, messages),
                new CurrencySettingsView(currencies, messages),
                new VBox(24, new DataSettingsView(data, messages), logSettings()),
                connections(session, prefetch),
                new VBox(16, new QuoteSourceView(quotes, messages), new ScheduledWorkView(jobs, messages)),
                new DeleteVaultView(delete, messages),
                messages);
    }

    /** Settings → Connections, with the environment's {@code PLAID_*} and {@code TELLER_*} variables in effect. */
    private Node connections(VaultSession session, PrefetchThread prefetch) {
        BankAccess bank = new BankAccess(session, System.getenv(), bankAuthorities, prefetch, clock);
        ConnectionsViewModel connections = new ConnectionsViewModel(bank, executor, messages, browser);
        CredentialsViewModel credentials = new CredentialsViewModel(bank, executor, messages, connections::refresh);
        connections.refresh();
        credentials.load();
        return new ConnectionsSettingsView(connections, credentials, messages);
    }

    private Node accounts(VaultSession session, ImportWizardHost imports) {
        AccountsPage[] page = new AccountsPage[1];
        AccountsViewModel accounts = new AccountsViewModel(
                session,
                executor,
                messages,
                moneyFormat,
                clock,
                account -> page[0].show(back -> register(
                        session,
                        account,
                        () -> {
                            back.run();
                            page[0].list().refresh();
                        },
                        page[0]::reloadShownWith)));
        page[0] = new AccountsPage(
                new AccountsView(accounts, messages, ImportButton.create(messages, imports::importFiles)), accounts);
        accounts.refresh();
        return page[0];
    }

    private Node register(VaultSession session, Account account, Runnable back, Consumer<Runnable> reloadWith) {
        RegisterViewModel register = new RegisterViewModel(
                session,
                executor,
                messages,
                moneyFormat,
                new FxDebouncer(Duration.ofMillis(250)),
                clock,
                account,
                RegisterViewModel.PAGE_SIZE,
                RegisterViewModel.MAX_PAGES);
        register.open();
        reloadWith.accept(register::reload);
        return new RegisterView(
                register,
                messages,
                back,
                () -> new ReconcileViewModel(
                        session, executor, messages, moneyFormat, clock, account, register::reload));
    }

    private Node starting() {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("startingProgress");
        StackPane pane = new StackPane(progress);
        pane.getStyleClass().add("screen-backdrop");
        return pane;
    }

    private Node problem() {
        Button retry = Views.button("retryButton", messages.get("problem.retry"), flow::start, Styles.ACCENT);
        VBox card = new VBox(
                14,
                Views.title(messages.get("problem.title")),
                Views.message("problemMessage", flow.problemProperty(), Styles.DANGER),
                retry);
        card.getStyleClass().add("screen-card");
        card.setMaxWidth(520);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        StackPane pane = new StackPane(card);
        pane.getStyleClass().add("screen-backdrop");
        return pane;
    }
}
