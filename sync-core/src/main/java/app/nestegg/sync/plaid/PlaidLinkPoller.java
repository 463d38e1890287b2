package app.nestegg.sync.plaid;

import app.nestegg.sync.provider.ProviderException;
import app.nestegg.vault.security.Pacer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits for a Hosted Link session to finish by polling {@code /link/token/get}, the way a desktop app without a public
 * webhook URL learns the public token. Time comes from the injected {@link Clock} and the pause between polls from the
 * injected {@link Pacer}, so tests move a clock instead of sleeping. A transient failure while polling (network, rate
 * limit, outage) is waited out until the deadline; any other failure ends the wait.
 */
public final class PlaidLinkPoller {

    private static final Logger LOG = LoggerFactory.getLogger(PlaidLinkPoller.class);

    private final PlaidClient client;
    private final Clock clock;
    private final Pacer pacer;
    private final Duration interval;

    /**
     * @param interval the pause between polls; Plaid's per-client limits leave room for one every few seconds
     */
    public PlaidLinkPoller(PlaidClient client, Clock clock, Pacer pacer, Duration interval) {
        this.client = Objects.requireNonNull(client, "client");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.pacer = Objects.requireNonNull(pacer, "pacer");
        this.interval = Objects.requireNonNull(interval, "interval");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the poll interval must be positive");
        }
    }

    /** A poller that really sleeps between polls, on the calling thread (never the JavaFX thread). */
    public static PlaidLinkPoller sleeping(PlaidClient client, Clock clock, Duration interval) {
        return new PlaidLinkPoller(client, clock, Pacer.sleeping(clock), interval);
    }

    /**
     * The public tokens of the Items the user linked, once a session has linked at least one.
     *
     * @param timeout how long to wait at most; the link token's own expiry also ends the wait
     * @throws PlaidLinkException with {@link PlaidLinkException.Reason#EXITED} when the user closed Link without linking
     *     a bank, or {@link PlaidLinkException.Reason#TIMED_OUT} when the deadline passed
     * @throws ProviderException when Plaid refuses the link token or another non-transient failure occurs
     */
    public List<PublicToken> awaitPublicTokens(LinkToken linkToken, Duration timeout) {
        LinkTokenStatus status = await(linkToken, timeout, true);
        if (!status.linked()) {
            throw new PlaidLinkException(
                    PlaidLinkException.Reason.EXITED, "Plaid Link was closed without linking a bank");
        }
        return status.publicTokens();
    }

    /**
     * The status once a session has finished, linked or not: for update mode, where no public token is needed.
     *
     * @throws PlaidLinkException with {@link PlaidLinkException.Reason#TIMED_OUT} when the deadline passed
     */
    public LinkTokenStatus awaitFinished(LinkToken linkToken, Duration timeout) {
        return await(linkToken, timeout, false);
    }

    private LinkTokenStatus await(LinkToken linkToken, Duration timeout, boolean wantTokens) {
        Instant deadline = clock.instant().plus(timeout);
        if (linkToken.expiration().isBefore(deadline)) {
            deadline = linkToken.expiration();
        }
        while (true) {
            try {
                LinkTokenStatus status = client.linkTokenStatus(linkToken);
                if (status.linked() || status.exited() || (!wantTokens && status.finishedSessions() > 0)) {
                    return status;
                }
            } catch (ProviderException e) {
                if (!e.failure().isTransient()) {
                    throw e;
                }
                LOG.debug("Polling Plaid Link: {} ({}); trying again", e.failure(), e.errorCode());
            }
            Instant now = clock.instant();
            if (!now.isBefore(deadline)) {
                throw new PlaidLinkException(
                        PlaidLinkException.Reason.TIMED_OUT,
                        "Plaid Link was not finished in time (waited until " + deadline + ")");
            }
            Instant next = now.plus(interval);
            pacer.pauseUntil(next.isAfter(deadline) ? deadline : next);
        }
    }
}
