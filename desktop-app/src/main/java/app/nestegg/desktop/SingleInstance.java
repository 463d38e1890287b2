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
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One desktop app per user: the first launch listens on a loopback port it writes to {@code instance.port} in the
 * user's private app folder; a later launch that reaches it asks it to bring its window to the front and quits instead
 * of failing on the vault's database lock. A port file left by a crash is found stale (nothing answers) and replaced.
 * The exchange is one line each way: the request, which may name a household bundle the later launch was opened with
 * (the file association). Another local program that connects can at most raise the window or ask the person to
 * confirm merging a bundle file, which is checked like any other before anything is applied.
 */
public final class SingleInstance implements AutoCloseable {

    static final String FILE = "instance.port";
    private static final String REQUEST = "nest-egg: show the window";
    private static final String OPEN = "nest-egg: open ";
    private static final String BUNDLE_SUFFIX = ".nestegg-bundle";
    private static final String ANSWER = "nest-egg: shown";
    private static final int TIMEOUT_MILLIS = 2_000;

    private final ServerSocket server;
    private final Path portFile;
    private volatile Runnable onAnotherLaunch = () -> {};
    private volatile Consumer<Path> onBundle = file -> {};

    private SingleInstance(ServerSocket server, Path portFile) {
        this.server = server;
        this.portFile = portFile;
    }

    /**
     * This launch's claim on {@code folder}: the instance to keep open while the window runs, or empty when a running
     * app answered and was asked to show its window.
     */
    public static Optional<SingleInstance> claim(Path folder) throws IOException {
        return claim(folder, Optional.empty());
    }

    /** As {@link #claim(Path)}; a running app is also handed {@code bundle} to merge. */
    public static Optional<SingleInstance> claim(Path folder, Optional<Path> bundle) throws IOException {
        Path portFile = folder.resolve(FILE);
        String request =
                bundle.map(file -> OPEN + file.toAbsolutePath().normalize()).orElse(REQUEST);
        if (askRunningApp(portFile, request)) {
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

    /** What to do with a bundle a later launch hands over; runs on the listener thread, after the window is raised. */
    public void onBundle(Consumer<Path> action) {
        this.onBundle = action;
    }

    private static boolean askRunningApp(Path portFile, String request) {
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
            out.write((request + "\n").getBytes(StandardCharsets.UTF_8));
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
                                new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))
                        .readLine();
                Optional<Path> bundle = bundleIn(request);
                if (REQUEST.equals(request) || bundle.isPresent()) {
                    onAnotherLaunch.run();
                    bundle.ifPresent(onBundle);
                    socket.getOutputStream().write((ANSWER + "\n").getBytes(StandardCharsets.US_ASCII));
                }
            } catch (IOException e) {
                // A connection that said nothing useful, or the server closing: keep listening until closed.
            }
        }
    }

    /** The bundle an open request names, when it is an absolute path to a {@code .nestegg-bundle} file. */
    private static Optional<Path> bundleIn(String request) {
        if (request == null || !request.startsWith(OPEN) || !request.endsWith(BUNDLE_SUFFIX)) {
            return Optional.empty();
        }
        try {
            Path file = Path.of(request.substring(OPEN.length()));
            return file.isAbsolute() ? Optional.of(file) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** Stops answering and removes the port file. */
    @Override
    public void close() throws IOException {
        server.close();
        Files.deleteIfExists(portFile);
    }
}
