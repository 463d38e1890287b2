package app.nestegg.desktop.shell;

import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.widgets.Views;
import atlantafx.base.controls.Message;
import atlantafx.base.controls.ModalPane;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The main window: a top bar with what the composition adds (the notifications button), the theme toggle
 * ({@code #themeToggle}) and {@code #lockButton}, the page list on the left ({@code #navigation}) and the open page
 * ({@code #pageContent}). Pages are built once, when first opened. A modal card (the import wizard, the notifications)
 * can be shown over all of it, and statement files dropped on the window are handed on.
 */
public final class ShellView extends StackPane {

    private final ShellViewModel shell;
    private final Messages messages;
    private final Function<Page, Node> pageFactory;
    private final Map<Page, Node> pages = new EnumMap<>(Page.class);
    private final StackPane content = new StackPane();
    private final ModalPane modal = new ModalPane();
    private final HBox topBar;
    private Consumer<List<Path>> dropped = files -> {};

    public ShellView(ShellViewModel shell, Messages messages, Function<Page, Node> pageFactory) {
        this.shell = shell;
        this.messages = messages;
        this.pageFactory = pageFactory;
        setId("shell");
        BorderPane frame = new BorderPane();
        topBar = topBar();
        frame.setTop(topBar);
        frame.setLeft(navigation());
        content.setId("pageContent");
        content.getStyleClass().add("page-content");
        VBox.setVgrow(content, Priority.ALWAYS);
        frame.setCenter(new VBox(notice(), content));
        modal.setId("modalPane");
        modal.setPersistent(true);
        getChildren().setAll(frame, modal);
        shell.pageProperty().addListener((observable, old, page) -> open(page));
        open(shell.pageProperty().get());
    }

    private HBox topBar() {
        ToggleButton dark = new ToggleButton(messages.get("shell.darkTheme"));
        dark.setId("themeToggle");
        dark.setSelected(shell.themeProperty().get() == AppTheme.DARK);
        dark.setOnAction(event -> shell.toggleTheme());
        shell.themeProperty().addListener((observable, old, theme) -> dark.setSelected(theme == AppTheme.DARK));
        Button lock = Views.button("lockButton", messages.get("shell.lock"), shell::lock, Styles.ACCENT);
        lock.setTooltip(new Tooltip(messages.get("shell.lockTooltip")));
        HBox bar = new HBox(10, Views.label(messages.get("app.title"), Styles.TITLE_4), new Spacer(), dark, lock);
        bar.setId("topBar");
        bar.getStyleClass().add("top-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private ListView<Page> navigation() {
        ListView<Page> list = new ListView<>();
        list.setId("navigation");
        list.getStyleClass().addAll("navigation", Tweaks.EDGE_TO_EDGE);
        list.getItems().setAll(Page.values());
        list.setPrefWidth(200);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Page page, boolean empty) {
                super.updateItem(page, empty);
                setText(empty || page == null ? null : messages.get(page.key()));
                setId(empty || page == null ? null : "nav-" + page.name().toLowerCase(java.util.Locale.ROOT));
            }
        });
        list.getSelectionModel().select(shell.pageProperty().get());
        list.getSelectionModel().selectedItemProperty().addListener((observable, old, page) -> {
            if (page != null) {
                shell.pageProperty().set(page);
            }
        });
        shell.pageProperty()
                .addListener((observable, old, page) -> list.getSelectionModel().select(page));
        return list;
    }

    private Message notice() {
        Message notice = new Message(messages.get("shell.noticeTitle"), "");
        notice.setId("unlockNotice");
        notice.getStyleClass().add(Styles.WARNING);
        notice.descriptionProperty().bind(shell.noticeProperty());
        notice.setOnClose(event -> shell.dismissNotice());
        Views.showWhenNotEmpty(notice, shell.noticeProperty());
        VBox.setMargin(notice, new javafx.geometry.Insets(12, 16, 0, 16));
        return notice;
    }

    /** Puts {@code control} in the top bar, left of the theme toggle (the notifications bell). */
    public void addToTopBar(Node control) {
        topBar.getChildren().add(topBar.getChildren().size() - 2, control);
    }

    /** Shows {@code card} over the window until {@link #hideModal()}; the window behind it takes no input. */
    public void showModal(Node card) {
        modal.show(card);
    }

    public void hideModal() {
        modal.hide(true);
    }

    /** Files dropped anywhere on the window go to {@code dropped}. */
    public void onFilesDropped(Consumer<List<Path>> dropped) {
        this.dropped = dropped;
        setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        setOnDragDropped(event -> {
            boolean hasFiles = event.getDragboard().hasFiles();
            if (hasFiles) {
                filesDropped(event.getDragboard().getFiles().stream()
                        .map(File::toPath)
                        .toList());
            }
            event.setDropCompleted(hasFiles);
            event.consume();
        });
    }

    /** What a drop of these files does; journeys call it, as a robot cannot fill a drag board. */
    public void filesDropped(List<Path> files) {
        dropped.accept(files);
    }

    private void open(Page page) {
        content.getChildren().setAll(pages.computeIfAbsent(page, pageFactory));
    }
}
