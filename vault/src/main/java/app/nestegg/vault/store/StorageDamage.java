package app.nestegg.vault.store;

import java.sql.SQLException;
import java.util.Set;
import org.h2.api.ErrorCode;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;

/**
 * Tells a failure caused by a damaged database file apart from any other: H2 reports a page it cannot read as an
 * {@link MVStoreException} with one of the codes below, usually wrapped in a general SQL error, or as error {@value ErrorCode#FILE_CORRUPTED_1}.
 */
final class StorageDamage {

    /** The storage layer's codes for content it cannot make sense of, as opposed to writing, closing or locking. */
    private static final Set<Integer> DAMAGE = Set.of(
            DataUtils.ERROR_READING_FAILED,
            DataUtils.ERROR_UNSUPPORTED_FORMAT,
            DataUtils.ERROR_FILE_CORRUPT,
            DataUtils.ERROR_SERIALIZATION,
            DataUtils.ERROR_CHUNK_NOT_FOUND,
            DataUtils.ERROR_BLOCK_NOT_FOUND,
            DataUtils.ERROR_TRANSACTION_CORRUPT,
            DataUtils.ERROR_UNKNOWN_DATA_TYPE);

    private StorageDamage() {}

    /**
     * A migration that finds its table already there: the schema history lost rows its tables still have, which the
     * app never writes (a cut file can open at a state where they disagree).
     */
    static boolean historyBehindTables(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == ErrorCode.TABLE_OR_VIEW_ALREADY_EXISTS_1) {
                return true;
            }
        }
        return false;
    }

    static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MVStoreException store && DAMAGE.contains(store.getErrorCode())) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getErrorCode() == ErrorCode.FILE_CORRUPTED_1) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
