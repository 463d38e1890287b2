package app.nestegg.desktop.household;

import java.util.List;

/**
 * What a "Merge bundle…" did, for the result card: a headline (from whom, new and known counts; or why it was refused
 * and that nothing was applied), the conflicts as lines, and whether it was refused.
 */
public record MergeSummary(String headline, List<String> conflicts, boolean refused) {

    public MergeSummary {
        conflicts = List.copyOf(conflicts);
    }
}
