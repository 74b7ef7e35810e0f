package vn.motcua.desk.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desk's translated texts ({@code vn/motcua/desk/messages_vi.properties} and {@code _en}). Vietnamese is the
 * default; a key missing from a bundle shows as {@code ⟦key⟧} and is logged (and a test fails on it).
 */
public final class Messages {
    public static final String BUNDLE = "vn.motcua.desk.messages";
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final Logger LOG = LoggerFactory.getLogger(Messages.class);

    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The messages for a language tag ("vi", "en"); anything else gives Vietnamese. */
    public static Messages forLanguage(String tag) {
        return new Messages("en".equals(tag) ? Locale.ENGLISH : VIETNAMESE);
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return locale;
    }

    public boolean english() {
        return "en".equals(locale.getLanguage());
    }

    /** The text for {@code key}, with {@code {0}}, {@code {1}} … filled from {@code args}. */
    public String t(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            LOG.error("Missing translation key {} for {}", key, locale);
            return "⟦" + key + "⟧";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), locale).format(args);
    }

    /**
     * A message from the services (a key of the service bundles with its arguments, decision 0009) in the desk's
     * language.
     */
    public String msg(vn.motcua.domain.text.Msg message) {
        return message.render(locale);
    }

    /** The label of an enum constant: key {@code prefix.NAME}, e.g. {@code status.PROCESSING}. */
    public String of(String prefix, Enum<?> value) {
        return t(prefix + "." + value.name());
    }
}
