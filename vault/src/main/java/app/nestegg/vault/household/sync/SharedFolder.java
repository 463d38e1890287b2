package app.nestegg.vault.household.sync;

import app.nestegg.vault.BadInputException;
import app.nestegg.vault.household.MemberKeys;
import app.nestegg.vault.household.bundle.BundleRejectedException;
import app.nestegg.vault.household.merge.MergeRefusedException;
import app.nestegg.vault.store.Ids;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Household sync through a folder every member's computer sees (Syncthing, Dropbox, a network drive). Each round writes
 * this member's new changes as a bundle file named after the member, and merges every other member's bundle file that
 * is new or changed since it was last looked at. A file still being copied in is left for the next round; a file
 * refused for any other reason is recorded and not read again until it changes.
 */
public final class SharedFolder {

    public static final String SUFFIX = ".nestegg-bundle";

    private final HouseholdSync sync;
    private final Clock clock;
    private final FolderFiles files;

    public SharedFolder(HouseholdSync sync, Clock clock) {
        this.sync = sync;
        this.clock = clock;
        this.files = new FolderFiles(sync.ledger().changeLog());
    }

    public Optional<Path> folder() {
        return sync.settings().folder();
    }

    /**
     * Uses {@code folder} from now on: it must exist, be a folder and be writable. The first round there writes every
     * own change.
     */
    public void use(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        if (absolute.toString().length() > SyncSettings.MAX_FOLDER_CHARS) {
            throw new BadInputException("The shared folder " + absolute + " has a path longer than "
                    + SyncSettings.MAX_FOLDER_CHARS + " characters; choose one with a shorter path.");
        }
        if (!Files.isDirectory(absolute)) {
            throw new BadInputException("There is no folder at " + absolute + ".");
        }
        if (!Files.isWritable(absolute)) {
            throw new BadInputException("The folder " + absolute + " cannot be written to.");
        }
        sync.settings().setFolder(Optional.of(absolute));
        files.forget();
    }

    /** Stops shared-folder sync; the files in the folder stay. */
    public void stop() {
        sync.settings().setFolder(Optional.empty());
        files.forget();
    }

    /** Writes this member's new changes to the folder, then merges the others' new or changed files. */
    public FolderRound run() {
        Path folder = folder().orElseThrow(() -> new IllegalStateException("No shared folder is set"));
        Optional<ExportedBundle> written = writeOwn(folder);
        List<MergedBundle> merged = new ArrayList<>();
        List<Path> waiting = new ArrayList<>();
        List<RefusedFile> refused = new ArrayList<>();
        for (FolderFile file : othersFiles(folder)) {
            if (files.unchanged(file)) {
                continue;
            }
            try {
                merged.add(sync.merge(file.path()));
                files.merged(file, clock.instant());
            } catch (BundleRejectedException e) {
                if (e.reason() == BundleRejectedException.Reason.INCOMPLETE
                        || e.reason() == BundleRejectedException.Reason.UNREADABLE) {
                    waiting.add(file.path());
                } else {
                    files.refused(file, e.reason().name(), e.getMessage(), clock.instant());
                    refused.add(new RefusedFile(file.name(), e.reason().name(), e.getMessage(), clock.instant()));
                }
            } catch (MergeRefusedException e) {
                files.refused(file, "MERGE_REFUSED", e.getMessage(), clock.instant());
                refused.add(new RefusedFile(file.name(), "MERGE_REFUSED", e.getMessage(), clock.instant()));
            }
        }
        return new FolderRound(written, merged, waiting, refused);
    }

    public FolderStatus status() {
        return new FolderStatus(
                folder(),
                sync.settings().lastFolderFile(),
                sync.settings().lastFolderWrittenAt(),
                sync.history().lastPerMember(),
                files.refused());
    }

    /**
     * Writes the own changes since the last round, or all of them when the folder is new or the members changed (a
     * new member must be able to read everything; a removed one should find no new file it can read), in which case
     * the own older files are deleted.
     */
    private Optional<ExportedBundle> writeOwn(Path folder) {
        SyncSettings settings = sync.settings();
        String recipients = recipientsKey(sync.ledger().members().activeMembers());
        boolean everything = settings.folderWrittenUpTo() == 0 || !recipients.equals(settings.folderRecipients());
        long after = everything ? 0 : settings.folderWrittenUpTo();
        UUID self = sync.ledger().changeLog().memberId();
        Path target = folder.resolve(self + "-" + Ids.newId() + SUFFIX);
        ExportedBundle exported = sync.write(target, after);
        if (exported.written()) {
            settings.setFolderWritten(exported.header().orElseThrow().lastHlc(), recipients);
            settings.setLastFolderBundle(target.getFileName().toString(), clock.instant());
            if (everything) {
                deleteOwnFilesBut(folder, self, target);
            }
            return Optional.of(exported);
        }
        if (everything) {
            settings.setFolderWritten(0, recipients);
        }
        return Optional.empty();
    }

    private List<FolderFile> othersFiles(Path folder) {
        String own = sync.ledger().changeLog().memberId().toString();
        List<FolderFile> found = new ArrayList<>();
        try (Stream<Path> listing = Files.list(folder)) {
            for (Path path : (Iterable<Path>) listing.sorted(Comparator.comparing(Path::getFileName))::iterator) {
                String name = path.getFileName().toString();
                if (name.endsWith(SUFFIX)
                        && !name.startsWith(".")
                        && !name.startsWith(own)
                        && Files.isRegularFile(path)) {
                    try {
                        found.add(FolderFile.of(path));
                    } catch (IOException e) {
                        // gone or locked by the syncing tool between listing and reading: the next round sees it
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The shared folder " + folder + " cannot be read: " + e.getMessage(), e);
        }
        return found;
    }

    private static void deleteOwnFilesBut(Path folder, UUID self, Path keep) {
        try (Stream<Path> listing = Files.list(folder)) {
            for (Path path : (Iterable<Path>) listing::iterator) {
                String name = path.getFileName().toString();
                if (name.startsWith(self.toString()) && name.endsWith(SUFFIX) && !path.equals(keep)) {
                    Files.deleteIfExists(path);
                }
            }
        } catch (IOException e) {
            // an older own file left behind only costs the others a merge of entries they already have
        }
    }

    /** The active members' ids and keys as one short text: it changes when a member is added, removed or re-keyed. */
    private static String recipientsKey(List<MemberKeys> members) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            members.stream()
                    .sorted(Comparator.comparing(MemberKeys::memberId))
                    .forEach(m -> sha.update(
                            (m.memberId() + " " + m.ageRecipient() + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
