package vn.motcua.desk.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Objects;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads a screen's FXML with the view object itself as controller and the current translations. */
public final class FxmlView {
    private FxmlView() {
    }

    public static <T extends Parent> T load(Object controller, String resource, Messages messages) {
        URL url = Objects.requireNonNull(controller.getClass().getResource(resource), "missing FXML " + resource);
        FXMLLoader loader = new FXMLLoader(url, messages.bundle());
        loader.setController(controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + url, e);
        }
    }
}
