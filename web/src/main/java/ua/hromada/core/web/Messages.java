package ua.hromada.core.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import ua.hromada.core.HromadaException;
import ua.hromada.core.MessageKey;
import ua.hromada.core.Money;

/**
 * Turns domain failures into localised text, for pages and the API alike, from {@link Texts}: core's
 * bundle, then the registered tools' bundles.
 */
public final class Messages {

    private Messages() {
    }

    /** The text of {@code key} with its arguments; a {@link MessageKey} argument is read from the bundle too, {@link Money} shown in the reader's way. */
    public static String text(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = Texts.of(locale);
        Object[] read = Arrays.stream(arguments)
                .map(a -> a instanceof MessageKey label && bundle.containsKey(label.key()) ? bundle.getString(label.key())
                        : a instanceof Money money ? money.format(locale) : a).toArray();
        return new MessageFormat(bundle.getString(bundle.containsKey(key) ? key : "error.generic"), locale).format(read);
    }

    public static String text(Locale locale, HromadaException failure) {
        return text(locale, failure.messageKey(), failure.arguments().toArray());
    }

    /**
     * Shows a failure as an error message on the current page, in the page's language (taken
     * from the caller: during a view action the view root does not know the chosen language yet).
     */
    public static void show(HromadaException failure, Locale locale) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text(locale, failure), null));
    }

    /** Confirms a step on the current page, in the page's language. */
    public static void info(Locale locale, String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, text(locale, key, arguments), null));
    }

    /**
     * Runs one console change: on success says {@code doneKey} on the page and answers true; a
     * domain failure is shown instead and the request marked failed, so the form keeps what the
     * person typed.
     */
    public static boolean attempt(Locale locale, String doneKey, Runnable change) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            change.run();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(locale, doneKey), null));
            return true;
        } catch (HromadaException e) {
            show(e, locale);
            faces.validationFailed();
            return false;
        }
    }
}
