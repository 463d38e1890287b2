package app.nestegg.desktop.ledger.accounts;

import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/** The Accounts page: the accounts list, or one account's register in its place until the user goes back. */
public final class AccountsPage extends StackPane {

    private final Node listView;
    private final AccountsViewModel list;
    private Runnable reloadShown = () -> {};

    public AccountsPage(Node listView, AccountsViewModel list) {
        this.listView = listView;
        this.list = list;
        getChildren().setAll(listView);
    }

    /** Shows what {@code register} builds; it is handed the action that brings the list back. */
    public void show(Function<Runnable, Node> register) {
        getChildren().setAll(register.apply(this::back));
    }

    public void back() {
        reloadShown = () -> {};
        getChildren().setAll(listView);
    }

    /** How to read the register now shown again, for {@link #refresh()}. */
    public void reloadShownWith(Runnable reload) {
        this.reloadShown = reload;
    }

    /** Reads the balances again, and the register if one is shown (after an import, say). */
    public void refresh() {
        list.refresh();
        reloadShown.run();
    }

    public AccountsViewModel list() {
        return list;
    }
}
