package vn.motcua.desk.print;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks where to save a file; the desk uses a {@link FileChooser}, tests answer with a path of their own. */
@FunctionalInterface
public interface SaveChooser {
    Optional<Path> choose(Window owner, String suggestedName);

    /** The operating system's save dialog, filtered to PDF files. */
    static SaveChooser pdfFileChooser(String filterLabel) {
        return (owner, name) -> {
            FileChooser fc = new FileChooser();
            fc.setInitialFileName(name);
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterLabel, "*.pdf"));
            File f = fc.showSaveDialog(owner);
            return Optional.ofNullable(f).map(File::toPath);
        };
    }
}
