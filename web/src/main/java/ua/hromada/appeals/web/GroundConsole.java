package ua.hromada.appeals.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import ua.hromada.appeals.AppealAction;
import ua.hromada.appeals.AppealPermissions;
import ua.hromada.appeals.AppealReading;
import ua.hromada.appeals.RefusalGround;
import ua.hromada.appeals.RefusalGrounds;
import ua.hromada.core.web.ConsoleAccess;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.core.web.Messages;
import ua.hromada.core.web.TenantContext;

/**
 * The secretariat's list of the community's legal grounds for refusing an information request:
 * those in force and the retired; a new one, a new wording for one, or one retired.
 */
@Named
@ViewScoped
public class GroundConsole implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    RefusalGrounds grounds;

    @Inject
    AppealReading reading;

    @Inject
    AppealPermissions permissions;

    @Inject
    TenantContext tenant;

    @Inject
    ConsoleAccess access;

    @Inject
    LanguageSelection language;

    /** The ground being reworded (null: the form adds one). */
    private Long rewording;
    private String wording;

    /** f:viewAction. */
    public void load() throws IOException {
        long community = tenant.require().id();
        if (!permissions.allows(AppealAction.GROUNDS, community)) {
            access.refuse("/" + tenant.require().slug() + "/admin/appeals/grounds");
        }
    }

    /** Adds the ground typed, or gives the chosen one its new wording. */
    public void save() {
        Long target = rewording;
        String doneKey = target == null ? "appeals.ground.added" : "appeals.ground.saved";
        boolean saved = Messages.attempt(language.getLocale(), doneKey,
                () -> {
                    if (target == null) {
                        grounds.add(wording);
                    } else {
                        grounds.reword(target, wording);
                    }
                });
        if (saved) {
            startOver();
        }
    }

    public void retire(RefusalGround ground) {
        Messages.attempt(language.getLocale(), "appeals.ground.retired-now", () -> grounds.retire(ground.id()));
    }

    /** Puts a ground's wording into the form. */
    public void reword(RefusalGround ground) {
        rewording = ground.id();
        wording = ground.wording();
    }

    public void startOver() {
        rewording = null;
        wording = null;
    }

    public List<RefusalGround> getGrounds() {
        return reading.grounds();
    }

    public Long getRewording() {
        return rewording;
    }

    public String getWording() {
        return wording;
    }

    public void setWording(String wording) {
        this.wording = wording;
    }
}
