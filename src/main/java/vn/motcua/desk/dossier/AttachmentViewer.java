package vn.motcua.desk.dossier;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import vn.motcua.desk.common.BackgroundTask;
import vn.motcua.desk.common.ErrorMessages;
import vn.motcua.desk.common.Messages;
import vn.motcua.desk.common.TaskExecutor;
import vn.motcua.desk.common.Theme;
import vn.motcua.store.AttachmentRepository.StoredAttachment;

/** Shows a scanned file inside the desk: images as they are, PDFs rendered page by page (PDFBox) off the FX thread. */
final class AttachmentViewer {
    private static final int MAX_PAGES = 30;

    private AttachmentViewer() {
    }

    /**
     * @param file where the bytes are; called off the FX thread (it may download a file attached at another desk)
     */
    static void show(Window owner, Messages m, TaskExecutor tasks, StoredAttachment a,
                     java.util.concurrent.Callable<Path> file) {
        VBox pages = new VBox(12);
        pages.getStyleClass().add("viewer-pages");
        Label loading = new Label(m.t("viewer.loading"));
        pages.getChildren().add(loading);
        ScrollPane scroll = new ScrollPane(pages);
        scroll.setFitToWidth(true);
        Scene scene = new Scene(scroll, 900, 700);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        } else {
            Theme.style(scene);
        }
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(a.fileName() + " — " + a.documentName());
        stage.setScene(scene);
        vn.motcua.desk.common.Dialogs.centreOn(stage, owner);
        stage.show();
        BackgroundTask.wrap(() -> render(a, file.call()))
                .onSuccess(images -> {
                    pages.getChildren().clear();
                    for (Image img : images) {
                        ImageView v = new ImageView(img);
                        v.setPreserveRatio(true);
                        v.fitWidthProperty().bind(scroll.widthProperty().subtract(40));
                        pages.getChildren().add(v);
                    }
                })
                .onFailure(e -> loading.setText(m.t("viewer.failed", ErrorMessages.of(e, m))))
                .executeWith(tasks);
    }

    private static List<Image> render(StoredAttachment a, Path file) throws Exception {
        List<Image> out = new ArrayList<>();
        if (!a.mediaType().equals("application/pdf")) {
            out.add(new Image(file.toUri().toString()));
            return out;
        }
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < Math.min(doc.getNumberOfPages(), MAX_PAGES); i++) {
                BufferedImage page = renderer.renderImageWithDPI(i, 110);
                out.add(SwingFXUtils.toFXImage(page, null));
            }
        }
        return out;
    }
}
