package ua.hromada.appeals.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import ua.hromada.appeals.Appeal;
import ua.hromada.appeals.AppealKind;
import ua.hromada.core.document.DocumentKind;
import ua.hromada.core.document.StoredDocument;
import ua.hromada.core.tenancy.Community;
import ua.hromada.core.tenancy.CommunitySettings;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.core.web.TenantContext;

/** How appeal pages show moments and due dates: in the page language and the community's time zone (Kyiv's in the cabinet). */
@Named
@RequestScoped
public class AppealFormat {
    @Inject
    TenantContext tenant;

    @Inject
    LanguageSelection language;

    @Inject
    Clock clock;

    // a queue shows twenty due dates: the zone and the formatter once per request
    private ZoneId zone;
    private DateTimeFormatter days;

    public String when(Instant instant) {
        return instant == null ? "" : language.format(instant, zone());
    }

    /** The due date's day (an appeal is due by the end of it). */
    public String day(Instant dueAt) {
        if (days == null) {
            days = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.getLocale());
        }
        return dueAt.atZone(zone()).toLocalDate().format(days);
    }

    private ZoneId zone() {
        if (zone == null) {
            zone = tenant.community().map(Community::zone).orElse(CommunitySettings.DEFAULT_ZONE);
        }
        return zone;
    }

    public boolean overdue(Appeal appeal) {
        return appeal.isOverdue(clock.instant());
    }

    /** The ending of an attachment's address ({@code .pdf}, {@code .jpg}), as core's download serves it. */
    public String ending(StoredDocument document) {
        return DocumentKind.stored(document.contentType()).extension();
    }

    /** The label of an attachment's kind: {@code appeals.attachments.kind.pdf} or {@code .photo}. */
    public String kindKey(StoredDocument document) {
        return "appeals.attachments.kind." + DocumentKind.stored(document.contentType()).name().toLowerCase(java.util.Locale.ROOT);
    }

    /** An attachment's size in kilobytes, at least 1. */
    public long kilobytes(StoredDocument document) {
        return Math.max(1, (document.size() + 512) / 1024);
    }

    public AppealKind[] getKinds() {
        return AppealKind.values();
    }
}
