package ua.hromada.appeals.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import ua.hromada.appeals.AnswerRating;
import ua.hromada.appeals.AppealReading;
import ua.hromada.appeals.Appeals;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.core.web.Messages;
import ua.hromada.core.web.TenantContext;

/**
 * The applicant's page of their appeal: number, due date, status, history and the answer, or a
 * refusal with the way to appeal it; while the secretariat asks a clarification, the question and
 * the applicant's reply. View-scoped (the page is for the signed-in only): the reply's postback renders
 * the appeal read when the page opened.
 */
@Named
@ViewScoped
public class AppealView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AppealReading reading;

    @Inject
    Appeals appeals;

    @Inject
    TenantContext tenant;

    @Inject
    LanguageSelection language;

    private long id;
    private AppealReading.Record record;
    private String reply;
    private AnswerRating rating;

    /** f:viewAction: another community's appeal is a 404 page, another person's a 403 (the page failures map them). */
    public void load() {
        record = reading.own(id);
    }

    /** The applicant's reply to the clarification asked: on success the page again, its clock running; refused, the text stays. */
    public void sendReply() throws IOException {
        if (Messages.attempt(language.getLocale(), "appeals.reply.sent", () -> appeals.reply(id, reply))) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            external.redirect(external.getRequestContextPath() + "/" + tenant.require().slug() + "/appeals/" + id);
            return;
        }
        record = reading.own(id);
    }

    /** The applicant's rating of the answer: on success the page again, showing it. */
    public void rate() {
        if (Messages.attempt(language.getLocale(), "appeals.rate.sent", () -> appeals.rate(id, rating))) {
            record = reading.own(id);
        }
    }

    public AnswerRating getRating() {
        return rating;
    }

    public void setRating(AnswerRating rating) {
        this.rating = rating;
    }

    public AnswerRating[] getRatings() {
        return AnswerRating.values();
    }

    public AppealReading.Record getRecord() {
        return record;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }
}
