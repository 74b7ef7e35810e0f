package vn.motcua.desk.common;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
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
        FontIcon icon = new AppIcon(ikon);
        icon.getStyleClass().add("app-icon");
        icon.iconSizeProperty().bind(SIZE);
        return icon;
    }

    /** Icon size in pixels for the current text size (set on the JavaFX thread). */
    public static IntegerProperty sizeProperty() {
        return SIZE;
    }

    /**
     * An icon whose size is not styleable: the theme's stylesheet sets {@code -fx-icon-size} on every icon, and
     * against the bound size each state change (hover, focus) logged a SEVERE "bound value cannot be set". Colour
     * and the rest stay styleable.
     */
    private static final class AppIcon extends FontIcon {
        private static final List<CssMetaData<? extends Styleable, ?>> CSS = FontIcon.getClassCssMetaData().stream()
                .filter(m -> !"-fx-icon-size".equals(m.getProperty())).toList();

        AppIcon(Ikon ikon) {
            super(ikon);
        }

        @Override
        public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
            return CSS;
        }
    }
}
