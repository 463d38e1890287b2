package app.nestegg.desktop.household;

import app.nestegg.desktop.household.HouseholdFiles.Purpose;
import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.widgets.Forms;
import app.nestegg.desktop.widgets.QrCodes;
import app.nestegg.desktop.widgets.Views;
import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The people half of the Household page. Own card: {@code #memberName} with {@code #saveName}, {@code #ownFingerprint},
 * {@code #cardQr}, {@code #saveCard}, {@code #copyCard}. Members: {@code #membersTable}, {@code #removeMember} with
 * {@code #removeConfirmation} ({@code #confirmRemove} / {@code #cancelRemove}); invite by {@code #addMember} (a card
 * file) or {@code #pastedCard} with {@code #readPastedCard}, then {@code #cardConfirmation} showing
 * {@code #candidateName} and {@code #candidateFingerprint} with {@code #confirmMember} / {@code #cancelMember}.
 * Private accounts: {@code #privateAccounts}. Messages: {@code #householdStatus}, {@code #householdError}.
 */
public final class HouseholdView extends VBox {

    private final HouseholdViewModel household;
    private final Messages messages;
    private final HouseholdFiles files;

    public HouseholdView(HouseholdViewModel household, Messages messages, HouseholdFiles files) {
        super(12);
        this.household = household;
        this.messages = messages;
        this.files = files;
        getChildren()
                .setAll(
                        Views.message("householdStatus", household.statusProperty(), Styles.SUCCESS),
                        Views.message("householdError", household.errorProperty(), Styles.DANGER),
                        ownCard(),
                        members(),
                        privateAccounts());
    }

    private Node ownCard() {
        TextField name = Forms.field("memberName", household.nameProperty(), messages.get("household.name"));
        Button save = Views.button("saveName", messages.get("household.saveName"), household::saveName);
        Label fingerprint = Views.bound("ownFingerprint", household.fingerprintProperty(), "fingerprint-text");
        ImageView qr = new ImageView();
        qr.setId("cardQr");
        qr.setAccessibleText(messages.get("household.qrAccessible"));
        household
                .cardProperty()
                .addListener((observable, old, card) ->
                        qr.setImage(card == null || card.isEmpty() ? null : QrCodes.render(card, 3)));
        Button saveCard = Views.button(
                "saveCard",
                messages.get("household.saveCard"),
                () -> files.file(
                                Purpose.SAVE_CARD,
                                messages.get("household.saveCard"),
                                getScene().getWindow())
                        .ifPresent(household::saveCard));
        Button copy = Views.button("copyCard", messages.get("household.copyCard"), () -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(household.cardProperty().get());
            Clipboard.getSystemClipboard().setContent(content);
        });
        VBox text = new VBox(
                8,
                Forms.row(name, save),
                Views.label(messages.get("household.fingerprint"), Styles.TEXT_MUTED),
                fingerprint,
                Views.label(messages.get("household.cardHelp")),
                Forms.row(saveCard, copy));
        return Sections.section(messages.get("household.ownCard"), new HBox(20, qr, text));
    }

    private Node members() {
        TableView<MemberRow> table = new TableView<>(household.members());
        table.setId("membersTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(180);
        table.getColumns()
                .setAll(List.of(
                        Sections.column(messages.get("household.header.name"), MemberRow::name),
                        Sections.column(messages.get("household.header.fingerprint"), MemberRow::fingerprint),
                        Sections.column(messages.get("household.header.status"), MemberRow::status),
                        Sections.column(messages.get("household.header.added"), MemberRow::added)));
        Button remove = Views.button(
                "removeMember",
                messages.get("household.remove"),
                () -> household.askRemove(table.getSelectionModel().getSelectedItem()));
        remove.disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> {
                            MemberRow row = table.getSelectionModel().getSelectedItem();
                            return row == null || row.self();
                        },
                        table.getSelectionModel().selectedItemProperty()));
        Button add = Views.button(
                "addMember",
                messages.get("household.addMember"),
                () -> files.file(
                                Purpose.OPEN_CARD,
                                messages.get("household.addMember"),
                                getScene().getWindow())
                        .ifPresent(household::readCard),
                Styles.ACCENT);
        TextArea pasted = new TextArea();
        pasted.setId("pastedCard");
        pasted.setPromptText(messages.get("household.pasteCard"));
        pasted.setPrefRowCount(3);
        pasted.textProperty().bindBidirectional(household.pastedCardProperty());
        Button read = Views.button("readPastedCard", messages.get("household.readPasted"), household::readPastedCard);
        read.disableProperty().bind(household.pastedCardProperty().isEmpty());
        return Sections.section(
                messages.get("household.members"),
                table,
                Forms.row(add, remove),
                removeConfirmation(),
                pasted,
                read,
                cardConfirmation());
    }

    private Node removeConfirmation() {
        Label question = new Label();
        question.setWrapText(true);
        question.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> household.removalProperty().get() == null
                                ? ""
                                : messages.format(
                                        "household.removeQuestion",
                                        household.removalProperty().get().name()),
                        household.removalProperty()));
        VBox box = new VBox(
                8,
                question,
                Forms.row(
                        Views.button(
                                "confirmRemove",
                                messages.get("household.confirmRemove"),
                                household::confirmRemove,
                                Styles.DANGER),
                        Views.button("cancelRemove", messages.get("household.cancel"), household::cancelRemove)));
        box.setId("removeConfirmation");
        box.getStyleClass().add("inset-box");
        Views.showWhen(box, household.removalProperty().isNotNull());
        return box;
    }

    private Node cardConfirmation() {
        Label name = new Label();
        name.setId("candidateName");
        name.getStyleClass().add(Styles.TITLE_4);
        Label fingerprint = new Label();
        fingerprint.setId("candidateFingerprint");
        fingerprint.getStyleClass().add("fingerprint-text");
        household.candidateProperty().addListener((observable, old, read) -> {
            name.setText(read == null ? "" : read.name());
            fingerprint.setText(read == null ? "" : read.fingerprint());
        });
        Label instruction = Views.label(messages.get("household.compare"));
        instruction.setWrapText(true);
        VBox box = new VBox(
                8,
                name,
                fingerprint,
                instruction,
                Forms.row(
                        Views.button(
                                "confirmMember",
                                messages.get("household.fingerprintsMatch"),
                                household::confirmCandidate,
                                Styles.ACCENT),
                        Views.button("cancelMember", messages.get("household.cancel"), household::cancelCandidate)));
        box.setId("cardConfirmation");
        box.getStyleClass().add("inset-box");
        Views.showWhen(box, household.candidateProperty().isNotNull());
        return box;
    }

    private Node privateAccounts() {
        ListView<PrivateAccountRow> list = new ListView<>(household.accounts());
        list.setId("privateAccounts");
        list.setPrefHeight(140);
        list.setPlaceholder(new Label(messages.get("household.noAccounts")));
        list.setCellFactory(CheckBoxListCell.forListView(PrivateAccountRow::privateProperty));
        return Sections.section(
                messages.get("household.private"), Views.label(messages.get("household.privateHelp")), list);
    }
}
