package app.nestegg.desktop.bank;

import app.nestegg.sync.fake.plaid.FakePlaidServer;
import app.nestegg.sync.plaid.PlaidSettings;
import app.nestegg.vault.bank.BankProviderKind;
import app.nestegg.vault.ledger.Ledger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The fake Plaid server's keys saved in a vault, and a browser that only records the pages it was asked to open. */
final class PlaidTestSetup {

    private PlaidTestSetup() {}

    static Map<String, String> fakeKeys(FakePlaidServer fake) {
        return Map.of(
                PlaidSettings.CLIENT_ID_VARIABLE,
                FakePlaidServer.CLIENT_ID,
                PlaidSettings.SECRET_VARIABLE,
                FakePlaidServer.SECRET,
                PlaidSettings.ENVIRONMENT_VARIABLE,
                "sandbox",
                PlaidSettings.BASE_URL_VARIABLE,
                fake.baseUrl());
    }

    static void saveFakeKeys(Ledger ledger, FakePlaidServer fake) {
        ledger.providerCredentials().save(BankProviderKind.PLAID, fakeKeys(fake));
    }

    /** Records each page; {@link #finishInBrowser()} does what the person does on the last one: finishes it. */
    static final class RecordingBrowser implements BrowserOpener {

        final List<String> opened = new ArrayList<>();

        @Override
        public void open(String url) {
            opened.add(url);
        }

        /** The fake's Hosted Link page answers {@code …/complete} as the person finishing the session. */
        void finishInBrowser() {
            try (HttpClient http = HttpClient.newHttpClient()) {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(URI.create(opened.getLast() + "/complete"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() >= 400) {
                    throw new IllegalStateException("the fake refused the Hosted Link page: " + response.statusCode());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
