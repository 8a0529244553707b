package ua.hromada.core.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.tool.SettingsForm;
import ua.hromada.core.tool.ToolSetting;
import ua.hromada.core.tool.ToolSettings;

/**
 * A tool's settings in the community settings console, as a form built from what the manifest
 * declares: a number field with its bounds, a checkbox or a choice per setting. {@link ToolSettings}
 * checks and saves them all or none.
 */
@Named
@ViewScoped
public class ToolSettingsConsole implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ToolSettings settings;

    @Inject
    TenantContext tenant;

    @Inject
    LanguageSelection language;

    @Inject
    ConsoleAccess access;

    private String tool;
    private String hintKey;
    private final List<Field> fields = new ArrayList<>();

    /** One setting on the form, with the value as the official edits it. */
    public static class Field implements Serializable {
        private static final long serialVersionUID = 1L;
        private final ToolSetting setting;
        private String value;
        private boolean on;

        Field(ToolSetting setting, String value) {
            this.setting = setting;
            this.value = value;
            this.on = Boolean.parseBoolean(value);
        }

        public ToolSetting getSetting() {
            return setting;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }

        public boolean isOn() {
            return on;
        }

        public void setOn(boolean on) {
            this.on = on;
        }

        String entered() {
            return setting.kind() == ToolSetting.Kind.FLAG ? String.valueOf(on) : value;
        }
    }

    /** f:viewAction: an unknown tool, one switched off here or one without settings is a 404 page. */
    public void load() throws IOException {
        long community = tenant.require().id();
        SettingsForm<?> form;
        try {
            form = settings.formOf(community, tool);
        } catch (NotFoundException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, null);
            faces.responseComplete();
            return;
        }
        if (!form.allows(community)) {
            access.refuse("/" + tenant.require().slug() + "/admin/settings/" + tool);
            return;
        }
        hintKey = form.hintKey();
        fields.clear();
        settings.values(community, tool).forEach((setting, value) -> fields.add(new Field(setting, value)));
    }

    public void save() {
        Map<String, String> entered = new LinkedHashMap<>();
        fields.forEach(field -> entered.put(field.setting.name(), field.entered()));
        Messages.attempt(language.getLocale(), "console.tool-settings.saved",
                () -> settings.change(tenant.require().id(), tool, entered));
    }

    public String getTool() {
        return tool;
    }

    public void setTool(String tool) {
        this.tool = tool;
    }

    public String getHintKey() {
        return hintKey;
    }

    public List<Field> getFields() {
        return fields;
    }
}
