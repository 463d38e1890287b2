package app.nestegg.desktop.widgets;

import app.nestegg.desktop.text.MarkdownBlocks;
import app.nestegg.desktop.text.MarkdownBlocks.Block;
import app.nestegg.desktop.text.MarkdownBlocks.Span;
import atlantafx.base.theme.Styles;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** Read-only rendering of {@link MarkdownBlocks}: headings, paragraphs, list items, bold spans. */
public final class MarkdownView extends VBox {

    public MarkdownView(String markdown) {
        super(10);
        getStyleClass().add("markdown");
        for (Block block : MarkdownBlocks.parse(markdown)) {
            getChildren().add(node(block));
        }
    }

    private static javafx.scene.Node node(Block block) {
        TextFlow flow = flow(block);
        return switch (block.kind()) {
            case HEADING -> {
                flow.getStyleClass().add("markdown-heading");
                yield flow;
            }
            case PARAGRAPH -> flow;
            case LIST_ITEM -> {
                Label marker = new Label(block.marker());
                marker.setMinWidth(24);
                HBox.setHgrow(flow, Priority.ALWAYS);
                yield new HBox(4, marker, flow);
            }
        };
    }

    private static TextFlow flow(Block block) {
        TextFlow flow = new TextFlow();
        for (Span span : block.spans()) {
            Text text = new Text(span.text());
            text.getStyleClass().add("markdown-text");
            if (span.bold() || block.kind() == MarkdownBlocks.Kind.HEADING) {
                text.getStyleClass().add(Styles.TEXT_BOLD);
            }
            flow.getChildren().add(text);
        }
        return flow;
    }
}
