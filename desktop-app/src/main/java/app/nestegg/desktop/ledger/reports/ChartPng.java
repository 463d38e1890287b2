package app.nestegg.desktop.ledger.reports;

import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** A chart as it is drawn on screen, in the theme it is drawn with, written to a PNG file. */
final class ChartPng {

    private ChartPng() {}

    /** Must run on the JavaFX thread (a snapshot reads the scene); the image is a few hundred kilobytes at most. */
    static void save(Node chart, Path file) throws IOException {
        WritableImage image = chart.snapshot(null, null);
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile())) {
            throw new IOException("No PNG writer is available");
        }
    }
}
