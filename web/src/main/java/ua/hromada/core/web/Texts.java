package ua.hromada.core.web;

import jakarta.enterprise.inject.spi.CDI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
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
    private volatile Map<String, Object> texts;

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
        return texts().get(key);
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(texts().keySet());
    }

    @Override
    public Locale getLocale() {
        return locale;
    }

    // the registry is complete once the application has started; bundles are read on first use
    // into one map (a page looks up hundreds of texts: one lookup each, not one per bundle)
    private Map<String, Object> texts() {
        Map<String, Object> found = texts;
        if (found == null) {
            List<ResourceBundle> parts = new ArrayList<>();
            parts.add(ResourceBundle.getBundle(CORE, locale));
            for (ToolManifest tool : CDI.current().select(ToolRegistry.class).get().all()) {
                parts.add(ResourceBundle.getBundle(tool.bundle(), locale));
            }
            Map<String, Object> merged = new LinkedHashMap<>();
            for (ResourceBundle part : parts) { // core's first, then each tool's, the first to name a key keeping it
                for (String key : part.keySet()) {
                    merged.putIfAbsent(key, part.getObject(key));
                }
            }
            found = Map.copyOf(merged);
            texts = found;
        }
        return found;
    }
}
