package app.nestegg.desktop.logs;

import app.nestegg.vault.ArchitectureExemption;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;
import java.nio.charset.StandardCharsets;

/**
 * Passes each encoded log event through {@link SecretRedactor} before it reaches the file. Working on the encoded
 * text covers the message, its arguments, the MDC and every exception message and cause in the stack trace, in the
 * text pattern and the JSON lines alike.
 */
@ArchitectureExemption(
        rule = "loggingOnlyThroughSlf4j",
        reason = "part of the SLF4J back end's set-up; it writes no log line of its own")
public final class RedactingEncoder extends EncoderBase<ILoggingEvent> {

    private final Encoder<ILoggingEvent> inner;

    public RedactingEncoder(Encoder<ILoggingEvent> inner) {
        this.inner = inner;
    }

    @Override
    public void start() {
        if (!inner.isStarted()) {
            inner.start();
        }
        super.start();
    }

    @Override
    public void stop() {
        inner.stop();
        super.stop();
    }

    @Override
    public byte[] headerBytes() {
        return inner.headerBytes();
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        byte[] encoded = inner.encode(event);
        if (encoded == null) {
            return null;
        }
        return SecretRedactor.redact(new String(encoded, StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] footerBytes() {
        return inner.footerBytes();
    }
}
