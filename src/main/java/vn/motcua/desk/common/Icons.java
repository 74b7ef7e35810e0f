package vn.motcua.desk.common;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Ikonli Material icons that follow the text-size setting. Their size is bound to {@link #sizeProperty()} (set by
 * {@link Theme#applyTextScale}); it cannot be an em size in CSS, which would compound on the icon's own font.
 */
public final class Icons {
    private static final IntegerProperty SIZE = new SimpleIntegerProperty(16);

    private Icons() {
    }

    public static FontIcon of(Ikon ikon) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("app-icon");
        icon.iconSizeProperty().bind(SIZE);
        return icon;
    }

    /** Icon size in pixels for the current text size (set on the JavaFX thread). */
    public static IntegerProperty sizeProperty() {
        return SIZE;
    }
}
