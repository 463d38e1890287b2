package app.nestegg.vault.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.zip.Deflater;
import java.util.zip.ZipOutputStream;
import org.h2.engine.Database;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.message.DbException;
import org.h2.mvstore.MVStoreException;
import org.h2.mvstore.db.Store;

/**
 * The consistent copy H2's {@code BACKUP TO} makes of an open database, written without compression (ADR 0042).
 * The pages are encrypted, so deflating them saved nothing and cost most of a daily backup's time on a large vault;
 * the zip's layout (one {@code vault.mv.db} entry) is the one {@code BACKUP TO} writes, so every backup restores the
 * same way. H2 offers no compression setting for {@code BACKUP TO}, hence these steps are taken here, in its order:
 * flush the store, then let the file store copy itself while it reuses no space.
 */
final class OnlineDatabaseCopy {

    private OnlineDatabaseCopy() {}

    static void write(Connection connection, Path target) throws SQLException, IOException {
        try {
            copy(connection, target);
        } catch (DbException | MVStoreException e) {
            throw DbException.toSQLException(e);
        }
    }

    private static void copy(Connection connection, Path target) throws SQLException, IOException {
        Database database =
                ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession()).getDatabase();
        Store store = database.getStore();
        store.flush();
        try (FileChannel channel = FileChannel.open(
                        target,
                        StandardOpenOption.CREATE,
                        StandardOpenOption.TRUNCATE_EXISTING,
                        StandardOpenOption.WRITE);
                OutputStream file = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
            ZipOutputStream zip = new ZipOutputStream(file);
            zip.setLevel(Deflater.NO_COMPRESSION);
            database.flush();
            synchronized (database.getLobSyncObject()) {
                store.getMvStore().getFileStore().backup(zip);
            }
            zip.finish();
            file.flush();
            channel.force(true);
        }
    }
}
