package ua.hromada.core.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import ua.hromada.core.HromadaException;

/** Turns domain failures into localised text from the core bundle, for pages and the API alike. */
public final class Messages {
    public static final String BUNDLE = "i18n.core";

    private Messages() {
    }

    public static String text(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        try {
            return new MessageFormat(bundle.getString(key), locale).format(arguments);
        } catch (MissingResourceException e) {
            return bundle.getString("error.generic");
        }
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
