package ua.hromada.consultations.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import ua.hromada.consultations.CommentComplaint;
import ua.hromada.consultations.CommentModeration;
import ua.hromada.consultations.ComplaintReason;
import ua.hromada.consultations.ConsultationAction;
import ua.hromada.consultations.ConsultationPermissions;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.web.ConsoleAccess;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.core.web.LazyRows;
import ua.hromada.core.web.Messages;
import ua.hromada.core.web.TenantContext;

/**
 * The moderators' complaints queue (oldest first) and the page of one comment: its complaints,
 * hide or restore it, dismiss its complaints, block its author for some days. The view actions open
 * the pages for those the permission table admits; every call goes to {@link CommentModeration}.
 */
@Named
@ViewScoped
public class CommentModerationConsole implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CommentModeration moderation;

    @Inject
    ConsultationPermissions permissions;

    @Inject
    TenantContext tenant;

    @Inject
    ConsoleAccess access;

    @Inject
    LanguageSelection language;

    private LazyRows<CommentComplaint> complaints;
    private long id;
    private CommentModeration.Case shown;
    private ComplaintReason reason;
    private int days = 7;
    private String blockReason;

    /** f:viewAction of the queue. */
    public void loadQueue() throws IOException {
        if (admitted("/admin/consultations/complaints")) {
            complaints = new LazyRows<>(query -> moderation.queue(query), CommentComplaint::id, "received", false);
        }
    }

    /** f:viewAction of one comment's page (404 for none here). */
    public void loadCase() throws IOException {
        if (!admitted("/admin/consultations/comments/" + id) || shown != null) {
            return;
        }
        try {
            refresh();
        } catch (NotFoundException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, null);
            faces.responseComplete();
        }
    }

    public void hide() {
        if (Messages.attempt(language.getLocale(), "consultation.console.hidden", () -> moderation.hide(id, reason))) {
            refresh();
        }
    }

    public void restore() {
        if (Messages.attempt(language.getLocale(), "consultation.console.restored", () -> moderation.restore(id))) {
            refresh();
        }
    }

    public void dismiss() {
        if (Messages.attempt(language.getLocale(), "consultation.console.dismissed", () -> moderation.dismiss(id))) {
            refresh();
        }
    }

    public void block() {
        if (Messages.attempt(language.getLocale(), "consultation.console.blocked", () -> moderation.block(id, days, blockReason))) {
            blockReason = null;
            refresh();
        }
    }

    private void refresh() {
        shown = moderation.caseOf(id);
    }

    private boolean admitted(String page) throws IOException {
        if (permissions.allows(ConsultationAction.MODERATE, tenant.require().id())) {
            return true;
        }
        access.refuse("/" + tenant.require().slug() + page);
        return false;
    }

    public LazyRows<CommentComplaint> getComplaints() {
        return complaints;
    }

    public CommentModeration.Case getShown() {
        return shown;
    }

    public ComplaintReason[] getReasons() {
        return ComplaintReason.values();
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public ComplaintReason getReason() {
        return reason;
    }

    public void setReason(ComplaintReason reason) {
        this.reason = reason;
    }

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = days;
    }

    public String getBlockReason() {
        return blockReason;
    }

    public void setBlockReason(String blockReason) {
        this.blockReason = blockReason;
    }
}
