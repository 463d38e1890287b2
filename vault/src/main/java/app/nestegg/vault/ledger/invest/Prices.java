package app.nestegg.vault.ledger.invest;

import static app.nestegg.vault.store.generated.Tables.SECURITY_PRICE;

import app.nestegg.vault.ledger.LedgerInputException;
import app.nestegg.vault.ledger.LedgerText;
import app.nestegg.vault.ledger.networth.NetWorthSnapshots;
import app.nestegg.vault.store.ChangeLog;
import app.nestegg.vault.store.ChangeWriter;
import app.nestegg.vault.store.Ids;
import app.nestegg.vault.store.generated.tables.records.SecurityPriceRecord;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Stored prices: set or deleted one at a time, or imported from a CSV file all at once or not at all. */
public final class Prices {

    private final ChangeLog log;

    Prices(ChangeLog log) {
        this.log = log;
    }

    /** Records (or replaces) the security's price for the day. */
    public SecurityPrice set(UUID securityId, LocalDate date, BigDecimal price) {
        LedgerText.date(date, "date");
        BigDecimal checked = TradeChecks.price(price, "price");
        return log.write(w -> {
            Securities.load(w.dsl(), securityId);
            store(w, securityId, date, checked, PriceSource.MANUAL);
            return new SecurityPrice(securityId, date, checked, PriceSource.MANUAL);
        });
    }

    /**
     * Stores a price a bank reported for the day, unless a person typed or imported one for that day: those stay.
     *
     * @return whether anything was written (not when the same bank price is already stored)
     */
    static boolean storeFromBank(ChangeWriter w, UUID securityId, LocalDate date, BigDecimal price) {
        return storeUnlessTyped(w, securityId, date, price, PriceSource.BANK);
    }

    /**
     * Stores prices a quote source gave, in one write, each unless a person typed or imported a price for its day.
     *
     * @param quotes prices whose source is {@link PriceSource#QUOTE}
     * @return how many were written (not those already stored with the same price, nor those a typed price kept out)
     */
    public int storeQuotes(List<SecurityPrice> quotes) {
        for (SecurityPrice quote : quotes) {
            if (quote.source() != PriceSource.QUOTE) {
                throw new IllegalArgumentException("a quoted price has the source QUOTE, not " + quote.source());
            }
            LedgerText.date(quote.date(), "date");
            TradeChecks.price(quote.price(), "price");
        }
        return log.write(w -> {
            int written = 0;
            for (SecurityPrice quote : quotes) {
                Securities.load(w.dsl(), quote.securityId());
                if (storeUnlessTyped(w, quote.securityId(), quote.date(), quote.price(), PriceSource.QUOTE)) {
                    written++;
                }
            }
            return written;
        });
    }

    /** A price fetched by the app (bank or quote) replaces only another fetched price, and only when it differs. */
    private static boolean storeUnlessTyped(
            ChangeWriter w, UUID securityId, LocalDate date, BigDecimal price, PriceSource source) {
        SecurityPriceRecord existing = find(w, securityId, date);
        if (existing != null && (typed(existing) || existing.getPrice().compareTo(price) == 0)) {
            return false;
        }
        store(w, securityId, date, price, source);
        return true;
    }

    private static boolean typed(SecurityPriceRecord record) {
        PriceSource source = PriceSource.valueOf(record.getSource());
        return source == PriceSource.MANUAL || source == PriceSource.IMPORT;
    }

    /** @return whether there was a price to delete */
    public boolean delete(UUID securityId, LocalDate date) {
        return log.write(w -> {
            SecurityPriceRecord existing = find(w, securityId, date);
            if (existing == null) {
                return false;
            }
            w.delete(existing);
            NetWorthSnapshots.staleFrom(w.dsl(), date);
            return true;
        });
    }

    /** The security's prices, oldest first. */
    public List<SecurityPrice> list(UUID securityId) {
        return log.read(dsl -> dsl.selectFrom(SECURITY_PRICE)
                .where(SECURITY_PRICE.SECURITY_ID.eq(securityId))
                .orderBy(SECURITY_PRICE.PRICE_DATE)
                .fetch(Prices::toPrice));
    }

    /**
     * Imports every row of a price file, replacing prices already stored for the same security and day.
     *
     * @return how many prices were imported
     * @throws PriceFileException naming the line and column of the first bad row; nothing is imported
     */
    public int importFile(Path file) {
        String name = file.getFileName() == null
                ? file.toString()
                : file.getFileName().toString();
        return importText(name, PriceFile.text(name, file));
    }

    /** As {@link #importFile}, for text already read; {@code fileName} names it in messages. */
    public int importText(String fileName, String text) {
        return log.write(w -> {
            List<PriceFile.Row> rows = PriceFile.read(
                    fileName,
                    text,
                    symbol -> Securities.bySymbol(w.dsl(), symbol).map(r -> r.getId()));
            for (PriceFile.Row row : rows) {
                store(w, row.securityId(), row.date(), row.price(), PriceSource.IMPORT);
            }
            return rows.size();
        });
    }

    private static void store(ChangeWriter w, UUID securityId, LocalDate date, BigDecimal price, PriceSource source) {
        NetWorthSnapshots.staleFrom(w.dsl(), date);
        SecurityPriceRecord existing = find(w, securityId, date);
        if (existing != null) {
            existing.setPrice(price);
            existing.setSource(source.name());
            w.update(existing);
            return;
        }
        SecurityPriceRecord record = new SecurityPriceRecord();
        record.setId(Ids.newId());
        record.setSecurityId(securityId);
        record.setPriceDate(date);
        record.setPrice(price);
        record.setSource(source.name());
        w.insert(record);
    }

    private static SecurityPriceRecord find(ChangeWriter w, UUID securityId, LocalDate date) {
        if (securityId == null) {
            throw new LedgerInputException("security", "The security is missing");
        }
        return w.dsl()
                .selectFrom(SECURITY_PRICE)
                .where(SECURITY_PRICE.SECURITY_ID.eq(securityId))
                .and(SECURITY_PRICE.PRICE_DATE.eq(date))
                .fetchOne();
    }

    static SecurityPrice toPrice(SecurityPriceRecord r) {
        return new SecurityPrice(
                r.getSecurityId(), r.getPriceDate(), plain(r.getPrice()), PriceSource.valueOf(r.getSource()));
    }

    /** The number without the zeros the DECIMAL column pads it with, never in exponent form. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
