package app.nestegg.sync.teller;

import app.nestegg.sync.fake.teller.FakeTellerCertificates;
import app.nestegg.sync.fake.teller.FakeTellerServer;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import okhttp3.OkHttpClient;

/** Clients of a fake Teller, trusting the fake's test authority on top of the system's. */
final class TellerTestClients {
    static final String TOKEN = "token_4xq2m7v9c1b8n3k6";
    static final String SANDBOX_TOKEN = "test_token_ky6igyqi3qxa4";

    private TellerTestClients() {}

    static TellerClient client(
            FakeTellerServer fake, FakeTellerCertificates certificates, TellerIdentity identity, LocalDate today) {
        return client(fake, certificates, identity, today, TellerClient.DEFAULT_PAGE_SIZE, Duration.ofSeconds(10));
    }

    static TellerClient client(
            FakeTellerServer fake,
            FakeTellerCertificates certificates,
            TellerIdentity identity,
            LocalDate today,
            int pageSize,
            Duration readTimeout) {
        TellerSettings settings = new TellerSettings(
                fake.baseUrl(),
                identity,
                null,
                identity == null ? TellerEnvironment.SANDBOX : TellerEnvironment.DEVELOPMENT);
        TellerTls tls = TellerTls.create(identity, List.of(certificates.authorityCertificate()));
        OkHttpClient base = new OkHttpClient.Builder()
                .readTimeout(readTimeout)
                .callTimeout(Duration.ofSeconds(20))
                .build();
        Clock clock = Clock.fixed(today.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return new TellerClient(settings, tls, base, clock, pageSize);
    }
}
