package app.nestegg.vault.exchange.backup;

import app.nestegg.vault.store.BackupFile;
import app.nestegg.vault.store.BackupKind;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which backups to keep: of the daily ones, the newest of each of the last {@value #DAYS} days that have one, then
 * the newest of each of the {@value #WEEKS} ISO weeks before those; of every other kind, the newest
 * {@value #PER_EVENT_KIND}. Days and weeks are UTC, as the file names are.
 */
final class BackupRotation {

    static final int DAYS = 7;
    static final int WEEKS = 4;
    static final int PER_EVENT_KIND = 5;

    private BackupRotation() {}

    /** The backups to delete, from all of them. */
    static List<BackupFile> surplus(List<BackupFile> backups) {
        List<BackupFile> newestFirst = new ArrayList<>(backups);
        newestFirst.sort(Comparator.comparing(BackupFile::created).reversed());
        Set<BackupFile> keep = new HashSet<>(keptDailies(newestFirst));
        for (BackupKind kind : BackupKind.values()) {
            if (kind != BackupKind.DAILY) {
                newestFirst.stream()
                        .filter(b -> b.kind() == kind)
                        .limit(PER_EVENT_KIND)
                        .forEach(keep::add);
            }
        }
        return newestFirst.stream().filter(b -> !keep.contains(b)).toList();
    }

    private static List<BackupFile> keptDailies(List<BackupFile> newestFirst) {
        List<BackupFile> kept = new ArrayList<>();
        Set<LocalDate> days = new HashSet<>();
        Set<Long> weeks = new HashSet<>();
        LocalDate oldestKeptDay = null;
        for (BackupFile backup : newestFirst) {
            if (backup.kind() != BackupKind.DAILY) {
                continue;
            }
            LocalDate day = LocalDate.ofInstant(backup.created(), ZoneOffset.UTC);
            if (days.size() < DAYS || days.contains(day)) {
                if (days.add(day)) {
                    kept.add(backup);
                    oldestKeptDay = day;
                }
                continue;
            }
            long week = weekOf(day);
            if (week != weekOf(oldestKeptDay) && !weeks.contains(week) && weeks.size() < WEEKS) {
                weeks.add(week);
                kept.add(backup);
            }
        }
        return kept;
    }

    private static long weekOf(LocalDate day) {
        return day.get(IsoFields.WEEK_BASED_YEAR) * 100L + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
