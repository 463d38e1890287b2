package app.nestegg.desktop;

import app.nestegg.vault.store.SecureFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One desktop app per user: the first launch listens on a loopback port it writes to {@code instance.port} in the
 * user's private app folder; a later launch that reaches it asks it to bring its window to the front and quits instead
 * of failing on the vault's database lock. A port file left by a crash is found stale (nothing answers) and replaced.
 * The exchange is one line each way and carries nothing but the request, so another local program that connects can
 * at most raise the window.
 */
public final class SingleInstance implements AutoCloseable {

    static final String FILE = "instance.port";
    private static final String REQUEST = "nest-egg: show the window";
    private static final String ANSWER = "nest-egg: shown";
    private static final int TIMEOUT_MILLIS = 2_000;

    private final ServerSocket server;
    private final Path portFile;
    private volatile Runnable onAnotherLaunch = () -> {};

    private SingleInstance(ServerSocket server, Path portFile) {
        this.server = server;
        this.portFile = portFile;
    }

    /**
     * This launch's claim on {@code folder}: the instance to keep open while the window runs, or empty when a running
     * app answered and was asked to show its window.
     */
    public static Optional<SingleInstance> claim(Path folder) throws IOException {
        Path portFile = folder.resolve(FILE);
        if (askRunningApp(portFile)) {
            return Optional.empty();
        }
        SecureFiles.createPrivateFolder(folder);
        ServerSocket server = new ServerSocket(0, 4, InetAddress.getLoopbackAddress());
        SecureFiles.writeAtomically(
                portFile, Integer.toString(server.getLocalPort()).getBytes(StandardCharsets.US_ASCII));
        SingleInstance instance = new SingleInstance(server, portFile);
        Thread listener = new Thread(instance::listen, "single-instance");
        listener.setDaemon(true);
        listener.start();
        return Optional.of(instance);
    }

    /** What to do when a later launch asks; runs on the listener thread, so hand UI work to the UI thread. */
    public void onAnotherLaunch(Runnable action) {
        this.onAnotherLaunch = action;
    }

    private static boolean askRunningApp(Path portFile) {
        int port;
        try {
            port = Integer.parseInt(
                    Files.readString(portFile, StandardCharsets.US_ASCII).trim());
        } catch (IOException | NumberFormatException e) {
            return false;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write((REQUEST + "\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = new BufferedReader(
                            new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            return ANSWER.equals(answer);
        } catch (IOException e) {
            return false;
        }
    }

    private void listen() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                socket.setSoTimeout(TIMEOUT_MILLIS);
                String request = new BufferedReader(
                                new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                        .readLine();
                if (REQUEST.equals(request)) {
                    onAnotherLaunch.run();
                    socket.getOutputStream().write((ANSWER + "\n").getBytes(StandardCharsets.US_ASCII));
                }
            } catch (IOException e) {
                // A connection that said nothing useful, or the server closing: keep listening until closed.
            }
        }
    }

    /** Stops answering and removes the port file. */
    @Override
    public void close() throws IOException {
        server.close();
        Files.deleteIfExists(portFile);
    }
}
