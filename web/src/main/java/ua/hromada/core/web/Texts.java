package ua.hromada.core.web;

import jakarta.enterprise.inject.spi.CDI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import ua.hromada.core.tool.ToolManifest;
import ua.hromada.core.tool.ToolRegistry;

/**
 * Every text of the platform in one bundle, the {@code msg} of the pages: core's, then each
 * registered tool's ({@link ToolManifest#bundle}), so a tool brings its texts without an entry in
 * faces-config. This class is the Ukrainian (default) bundle; {@link Texts_en} the English one.
 */
public class Texts extends ResourceBundle {
    static final String CORE = "i18n.core";
    private final Locale locale;
    private volatile List<ResourceBundle> parts;

    public Texts() {
        this(Locale.forLanguageTag("uk"));
    }

    protected Texts(Locale locale) {
        this.locale = locale;
    }

    /** The bundle of a language ("en", or Ukrainian for anything else). */
    static ResourceBundle of(Locale locale) {
        return ResourceBundle.getBundle(Texts.class.getName(), locale);
    }

    @Override
    protected Object handleGetObject(String key) {
        for (ResourceBundle part : parts()) {
            if (part.containsKey(key)) {
                return part.getObject(key);
            }
        }
        return null;
    }

    @Override
    public Enumeration<String> getKeys() {
        Set<String> keys = new LinkedHashSet<>();
        parts().forEach(part -> keys.addAll(part.keySet()));
        return Collections.enumeration(keys);
    }

    @Override
    public Locale getLocale() {
        return locale;
    }

    // the registry is complete once the application has started; bundles are read on first use
    private List<ResourceBundle> parts() {
        List<ResourceBundle> found = parts;
        if (found == null) {
            found = new ArrayList<>();
            found.add(ResourceBundle.getBundle(CORE, locale));
            for (ToolManifest tool : CDI.current().select(ToolRegistry.class).get().all()) {
                found.add(ResourceBundle.getBundle(tool.bundle(), locale));
            }
            parts = List.copyOf(found);
        }
        return found;
    }
}
