package app.nestegg.vault.household.sync;

import app.nestegg.vault.household.merge.MergeRecord;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Where shared-folder sync stands: the folder, the last bundle this vault wrote there and when, the last bundle merged
 * from each member (by any route), and the files refused as they are now.
 */
public record FolderStatus(
        Optional<Path> folder,
        Optional<String> lastWrittenFile,
        Optional<Instant> lastWrittenAt,
        Map<UUID, MergeRecord> lastMergedPerMember,
        List<RefusedFile> refused) {

    public FolderStatus {
        lastMergedPerMember = Map.copyOf(lastMergedPerMember);
        refused = List.copyOf(refused);
    }
}
