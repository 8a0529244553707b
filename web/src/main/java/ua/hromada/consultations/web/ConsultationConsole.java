package ua.hromada.consultations.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import ua.hromada.consultations.Audience;
import ua.hromada.consultations.Consultation;
import ua.hromada.consultations.ConsultationAction;
import ua.hromada.consultations.ConsultationCategory;
import ua.hromada.consultations.ConsultationPermissions;
import ua.hromada.consultations.ConsultationReading;
import ua.hromada.consultations.ConsultationStatus;
import ua.hromada.consultations.Consultations;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.web.ConsoleAccess;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.core.web.LazyRows;
import ua.hromada.core.web.Messages;
import ua.hromada.core.web.TenantContext;

/**
 * The moderators' consultations console: every consultation in a lazy table, and the form that
 * prepares a draft, changes it and publishes it. The view actions open the pages for those the
 * permission table admits; every call goes to the beans, which check again.
 */
@Named
@ViewScoped
public class ConsultationConsole implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String CONSOLE = "/admin/consultations";

    @Inject
    ConsultationReading reading;

    @Inject
    Consultations consultations;

    @Inject
    ConsultationPermissions permissions;

    @Inject
    TenantContext tenant;

    @Inject
    ConsoleAccess access;

    @Inject
    LanguageSelection language;

    @Inject
    Clock clock;

    private LazyRows<Consultation> all;
    private long id;
    private Consultation consultation;
    private String title;
    private String description;
    private ConsultationCategory category;
    private Audience audience = Audience.RESIDENTS;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private String reportText;

    /** f:viewAction of the list. */
    public void loadList() throws IOException {
        if (admitted(CONSOLE)) {
            all = new LazyRows<>(query -> reading.all(query), Consultation::id, "newest", true);
        }
    }

    /** f:viewAction of the form: a new draft, or the consultation {@code id} (404 for none here). */
    public void loadForm() throws IOException {
        if (!admitted(id == 0 ? CONSOLE + "/new" : CONSOLE + "/" + id) || id == 0 || consultation != null) {
            return;
        }
        try {
            show(reading.find(id));
        } catch (NotFoundException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, null);
            faces.responseComplete();
        }
    }

    /** Creates the draft (and goes to its own address) or saves the changed one; a refusal is shown and nothing typed is lost. */
    public void save() throws IOException {
        Instant starts = startsAt == null ? null : startsAt.atZone(zone()).toInstant();
        Instant ends = endsAt == null ? null : endsAt.atZone(zone()).toInstant();
        if (consultation != null) {
            Messages.attempt(language.getLocale(), "consultation.console.saved",
                    () -> show(consultations.edit(id, title, description, category, audience, starts, ends)));
        } else if (Messages.attempt(language.getLocale(), "consultation.console.created",
                () -> show(consultations.create(title, description, category, audience, starts, ends)))) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            external.redirect(external.getRequestContextPath() + "/" + tenant.require().slug() + CONSOLE + "/" + id);
        }
    }

    /** Publishes the final report of the closed consultation. */
    public void publishReport() {
        Messages.attempt(language.getLocale(), "consultation.console.report-published",
                () -> show(consultations.publishReport(id, reportText)));
    }

    /** Whether it has closed and waits for its report (the form shows then). */
    public boolean isReportDue() {
        return consultation != null && consultation.status() == ConsultationStatus.CLOSED && consultation.reportPublishedAt() == null;
    }

    public String getReportText() {
        return reportText;
    }

    public void setReportText(String reportText) {
        this.reportText = reportText;
    }

    /** Publishes the draft. */
    public void publish() {
        Messages.attempt(language.getLocale(), "consultation.console.published", () -> show(consultations.publish(id)));
    }

    private void show(Consultation c) {
        consultation = c;
        id = c.id();
        title = c.title();
        description = c.description();
        category = c.category();
        audience = c.audience();
        startsAt = LocalDateTime.ofInstant(c.startsAt(), zone());
        endsAt = LocalDateTime.ofInstant(c.endsAt(), zone());
    }

    private ZoneId zone() {
        return tenant.require().zone();
    }

    private boolean admitted(String page) throws IOException {
        if (permissions.allows(ConsultationAction.MANAGE, tenant.require().id())) {
            return true;
        }
        access.refuse("/" + tenant.require().slug() + page);
        return false;
    }

    public boolean isDraft() {
        return consultation == null || !consultation.isPublic();
    }

    public String phaseKey(Consultation c) {
        return c.phase(clock.instant()).labelKey();
    }

    public LazyRows<Consultation> getAll() {
        return all;
    }

    public Consultation getConsultation() {
        return consultation;
    }

    public ConsultationCategory[] getCategories() {
        return ConsultationCategory.values();
    }

    public Audience[] getAudiences() {
        return Audience.values();
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public ConsultationCategory getCategory() {
        return category;
    }

    public void setCategory(ConsultationCategory category) {
        this.category = category;
    }

    public Audience getAudience() {
        return audience;
    }

    public void setAudience(Audience audience) {
        this.audience = audience;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
    }
}
