package ua.hromada.core.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.List;
import java.util.ResourceBundle;
import ua.hromada.core.HromadaException;

/**
 * Turns domain failures into localised text, for pages and the API alike: from the core bundle, or
 * the bundle of the tool the message key belongs to.
 */
public final class Messages {
    public static final String BUNDLE = "i18n.core";
    /** Tool bundles, searched after core for keys core does not have. */
    private static final List<String> TOOL_BUNDLES = List.of("i18n.petitions");

    private Messages() {
    }

    public static String text(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        if (bundle.containsKey(key)) {
            return new MessageFormat(bundle.getString(key), locale).format(arguments);
        }
        for (String name : TOOL_BUNDLES) {
            ResourceBundle tool = ResourceBundle.getBundle(name, locale);
            if (tool.containsKey(key)) {
                return new MessageFormat(tool.getString(key), locale).format(arguments);
            }
        }
        return bundle.getString("error.generic");
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
    public static void info(Locale locale, String key) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, text(locale, key), null));
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
