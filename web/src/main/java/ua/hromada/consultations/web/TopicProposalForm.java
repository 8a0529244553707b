package ua.hromada.consultations.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ua.hromada.consultations.TopicProposal;
import ua.hromada.consultations.TopicProposals;
import ua.hromada.core.access.Acting;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.core.web.Messages;

/** The consultations page's form for a resident's topic proposal, and their proposals with the decisions. */
@Named
@RequestScoped
public class TopicProposalForm {
    @Inject
    TopicProposals proposals;

    @Inject
    LanguageSelection language;

    private String title;
    private String text;
    private List<TopicProposal> mine;

    /** Proposes the topic; a refusal (not a resident, too many, too short) is shown and nothing typed is lost. */
    public void propose() {
        if (Messages.attempt(language.getLocale(), "consultation.proposed", () -> proposals.propose(title, text))) {
            title = null;
            text = null;
            mine = null;
        }
    }

    public List<TopicProposal> getMine() {
        if (mine == null) {
            mine = Acting.current().isSignedIn() ? proposals.mine() : List.of();
        }
        return mine;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
