package app.nestegg.desktop.text;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.desktop.text.MarkdownBlocks.Block;
import app.nestegg.desktop.text.MarkdownBlocks.Kind;
import app.nestegg.desktop.text.MarkdownBlocks.Span;
import app.nestegg.resources.Legal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownBlocksTest {

    @Test
    void headingsParagraphsAndListItemsWithContinuationLines() {
        List<Block> blocks = MarkdownBlocks.parse(
                "# Title\n\nFirst line\nsecond line.\n\n1. **Bold** start\n   continued.\n2. Two\n- bullet\n");

        assertThat(blocks)
                .extracting(Block::kind)
                .containsExactly(Kind.HEADING, Kind.PARAGRAPH, Kind.LIST_ITEM, Kind.LIST_ITEM, Kind.LIST_ITEM);
        assertThat(blocks.get(1).spans()).containsExactly(new Span("First line second line.", false));
        assertThat(blocks.get(2).marker()).isEqualTo("1.");
        assertThat(blocks.get(2).spans()).containsExactly(new Span("Bold", true), new Span(" start continued.", false));
        assertThat(blocks.get(4).marker()).isEqualTo("•");
    }

    @Test
    void theShippedTermsHaveNoStrayMarkers() {
        List<Block> blocks = MarkdownBlocks.parse(Legal.terms());

        assertThat(blocks.getFirst().kind()).isEqualTo(Kind.HEADING);
        assertThat(blocks).filteredOn(block -> block.kind() == Kind.LIST_ITEM).hasSize(5);
        assertThat(blocks.stream().flatMap(block -> block.spans().stream()).map(Span::text))
                .noneMatch(text -> text.contains("**"));
    }
}
