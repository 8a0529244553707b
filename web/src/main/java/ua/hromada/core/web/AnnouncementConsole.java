package ua.hromada.core.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.HromadaException;
import ua.hromada.core.Page;
import ua.hromada.core.announcement.Announcement;
import ua.hromada.core.announcement.AnnouncementService;
import ua.hromada.core.announcement.AnnouncementStatus;

/**
 * The community console's announcements: moderators publish (now or at a time) and withdraw.
 * Every rule is the bean's; this only shows its answers.
 */
@Named
@ViewScoped
public class AnnouncementConsole implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AnnouncementService announcements;

    @Inject
    TenantContext tenant;

    @Inject
    LanguageSelection language;

    @Inject
    ConsoleAccess access;

    private String title;
    private String body;
    private LocalDateTime publishAt;
    private List<Announcement> list = List.of();

    /** f:viewAction: anonymous visitors go to sign-in, others without the right get 403. */
    public void load() throws IOException {
        try {
            list = announcements.all(null, Page.MAX_LIMIT).items();
        } catch (ForbiddenException e) {
            access.refuse("/" + tenant.require().slug() + "/admin/announcements");
        }
    }

    public void publish() {
        try {
            Announcement published = announcements.publish(title, body,
                    publishAt == null ? null : publishAt.atZone(tenant.require().zone()).toInstant());
            title = null;
            body = null;
            publishAt = null;
            list = announcements.all(null, Page.MAX_LIMIT).items();
            info(published.status() == AnnouncementStatus.SCHEDULED ? "console.announcement.scheduled"
                    : "console.announcement.published");
        } catch (HromadaException e) {
            Messages.show(e, language.getLocale());
        }
    }

    public void withdraw(long id) {
        try {
            announcements.withdraw(id);
            list = announcements.all(null, Page.MAX_LIMIT).items();
            info("console.announcement.withdrawn");
        } catch (HromadaException e) {
            Messages.show(e, language.getLocale());
        }
    }

    private void info(String key) {
        Messages.info(language.getLocale(), key);
    }

    public List<Announcement> getAnnouncements() {
        return list;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public LocalDateTime getPublishAt() {
        return publishAt;
    }

    public void setPublishAt(LocalDateTime publishAt) {
        this.publishAt = publishAt;
    }
}
