package ua.hromada.council.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import ua.hromada.core.document.Upload;
import ua.hromada.core.web.ChosenFiles;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.core.web.Messages;
import ua.hromada.council.Committee;
import ua.hromada.council.CouncilAction;
import ua.hromada.council.CouncilReading;
import ua.hromada.council.DraftDecision;
import ua.hromada.council.DraftDecisions;

/**
 * The console's drafts: the list and the registration form (the secretariat, or a deputy as
 * initiator), and one draft's page: a new version of its text and PDF, its co-sponsors.
 */
@Named
@ViewScoped
public class DraftConsole implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    DraftDecisions drafts;

    @Inject
    CouncilReading reading;

    @Inject
    CouncilAdmission admission;

    @Inject
    LanguageSelection language;

    private String number;
    private String title;
    private String initiator;
    private Long committee;
    private String text;
    private transient Part pdf;
    private long id;
    private CouncilReading.DraftRecord record;
    private List<Long> sponsors = new ArrayList<>();

    /** f:viewAction of the list. */
    public void load() throws IOException {
        admission.admit(CouncilAction.REGISTER, "/admin/council/drafts");
    }

    /** f:viewAction of one draft's page. */
    public void loadDraft() throws IOException {
        if (admission.admit(CouncilAction.REVISE, "/admin/council/drafts/" + id) && record == null) {
            record = reading.draft(id);
            text = record.current().text();
            sponsors = new ArrayList<>(record.draft().sponsorIds());
        }
    }

    public void register() throws IOException {
        try (ChosenFiles chosen = ChosenFiles.open(pdf)) {
            Upload file = chosen.isEmpty() ? null : chosen.uploads().get(0);
            if (Messages.attempt(language.getLocale(), "council.draft.registered", () -> drafts.register(new DraftDecisions.Registration(
                    number, title, initiator, committee == null ? 0 : committee, text, file)))) {
                number = null;
                title = null;
                initiator = null;
                text = null;
            }
        }
        pdf = null;
    }

    public void revise() throws IOException {
        try (ChosenFiles chosen = ChosenFiles.open(pdf)) {
            Upload file = chosen.isEmpty() ? null : chosen.uploads().get(0);
            if (Messages.attempt(language.getLocale(), "council.draft.revised", () -> drafts.revise(id, text, file))) {
                record = reading.draft(id);
            }
        }
        pdf = null;
    }

    public void sponsor() {
        if (Messages.attempt(language.getLocale(), "council.draft.sponsored", () -> drafts.sponsor(id, sponsors))) {
            record = reading.draft(id);
        }
    }

    /** Whether the visitor registers in their own name (a deputy, not the secretariat). */
    public boolean isAsInitiator() {
        return !admission.allows(CouncilAction.STRUCTURE);
    }

    public List<DraftDecision> getDrafts() {
        return reading.latestDrafts();
    }

    public List<Committee> getCommittees() {
        return reading.committees();
    }

    public List<CouncilReading.DeputyCard> getDeputies() {
        return reading.deputies();
    }

    public CouncilReading.DraftRecord getRecord() {
        return record;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getInitiator() {
        return initiator;
    }

    public void setInitiator(String initiator) {
        this.initiator = initiator;
    }

    public Long getCommittee() {
        return committee;
    }

    public void setCommittee(Long committee) {
        this.committee = committee;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Part getPdf() {
        return pdf;
    }

    public void setPdf(Part pdf) {
        this.pdf = pdf;
    }

    public List<Long> getSponsors() {
        return sponsors;
    }

    public void setSponsors(List<Long> sponsors) {
        this.sponsors = sponsors;
    }
}
