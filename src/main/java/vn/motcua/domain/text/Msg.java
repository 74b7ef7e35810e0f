package vn.motcua.domain.text;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A message for the user from the domain, the services, the sync engine or the central server: a key of the
 * {@code vn/motcua/domain/text/messages_vi.properties} and {@code _en} bundles plus its arguments, so each front
 * end says it in its own language (decision 0009). The desk renders it in the clerk's language, the command line
 * in Vietnamese; {@link #vi()} is the Vietnamese text (logs, exception messages, JSON answers).
 *
 * <p>Arguments are kept as text (a desk number stays "1", a year "2026": no locale digit grouping), or are
 * messages themselves (a role's name, an action), rendered in the same language. A message not yet given a key is
 * {@link #text(String) plain text}, shown as it is in every language.
 *
 * @param key  the bundle key, e.g. {@code registration.procedure.unknown}; null for plain text
 * @param args the arguments {@code {0}}, {@code {1}} …: text or {@link Msg} (plain text: the one text)
 */
public record Msg(String key, List<Object> args) {
    /** The bundle's base name. */
    public static final String BUNDLE = "vn.motcua.domain.text.messages";
    private static final Locale VI = Locale.forLanguageTag("vi");

    public Msg {
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    /** The message {@code key} with its arguments (a {@link Msg} stays one, anything else becomes text). */
    public static Msg of(String key, Object... args) {
        List<Object> text = new ArrayList<>(args.length);
        for (Object a : args) {
            text.add(a instanceof Msg m ? m : String.valueOf(a));
        }
        return new Msg(key, text);
    }

    /** A text that has no key (yet): the same in every language. */
    public static Msg text(String text) {
        return new Msg(null, List.of(text == null ? "" : text));
    }

    /** The Vietnamese text. */
    public String vi() {
        return render(VI);
    }

    /** The text in {@code locale} ("vi" or "en"; anything else gives Vietnamese). */
    public String render(Locale locale) {
        if (key == null) {
            return args.isEmpty() ? "" : String.valueOf(args.get(0));
        }
        ResourceBundle bundle = bundle("en".equals(locale.getLanguage()) ? Locale.ENGLISH : VI);
        String pattern;
        Object[] values = new Object[args.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = args.get(i) instanceof Msg m ? m.render(locale) : args.get(i);
        }
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "⟦" + key + "⟧" + (values.length == 0 ? "" : " " + java.util.Arrays.toString(values));
        }
        return values.length == 0 && !pattern.contains("{") ? pattern
                : new MessageFormat(pattern.replace("'", "''"), locale).format(values);
    }

    /** The bundle of one language (no fallback to the JVM's locale). */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Override
    public String toString() {
        return vi();
    }
}
