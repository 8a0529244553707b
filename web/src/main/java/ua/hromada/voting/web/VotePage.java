package ua.hromada.voting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import ua.hromada.core.HromadaException;
import ua.hromada.core.ledger.ChainHead;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.core.web.Messages;
import ua.hromada.voting.Casting;
import ua.hromada.voting.Receipts;
import ua.hromada.voting.Vote;
import ua.hromada.voting.VoteReading;

/**
 * A vote's public page, request-scoped: the question and schedule, who may vote and why the
 * visitor may not, the cast form for the eligible, the receipt once (in this response only: it is
 * kept nowhere beside the person), and after the close the result, the receipt search and the heads.
 */
@Named
@RequestScoped
public class VotePage {
    @Inject
    VoteReading reading;

    @Inject
    Casting casting;

    @Inject
    LanguageSelection language;

    private long id;
    private String receiptQuery;
    private Vote vote;
    private String refusal;
    private String receipt;
    private Optional<VoteReading.BoxLine> found;
    private List<VoteReading.Tally> results = List.of();
    private List<ChainHead> heads = List.of();
    private List<String> problems = List.of();

    /** f:viewAction (also on the cast's postback). */
    public void load() {
        if (vote == null) {
            refresh();
        }
    }

    private void refresh() {
        vote = reading.vote(id);
        refusal = casting.refusal(id).orElse(null);
        found = vote.isClosed() && receiptQuery != null && !receiptQuery.isBlank() ? reading.receipt(id, receiptQuery) : null;
        heads = reading.heads(id);
        results = vote.isClosed() ? reading.results(id) : List.of();
        problems = vote.isClosed() ? reading.verify(id) : List.of();
    }

    /** The cast form (its radios are plain, named "choice"): one ballot, final; the receipt shows on this response. */
    public void cast() {
        String raw = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("choice");
        int chosen = raw != null && raw.matches("[1-9][0-9]?") ? Integer.parseInt(raw) : 0; // anything else is no choice
        try {
            receipt = Receipts.shown(casting.cast(id, chosen));
        } catch (HromadaException e) {
            Messages.show(e, language.getLocale());
        }
        refresh();
    }

    // getters answer what load() read: a postback's earlier phases ask them before the view parameter is set

    public List<VoteReading.Tally> getResults() {
        return results;
    }

    /** The choices the ballot offers: 1 … the vote's number of choices. */
    public List<Integer> getChoices() {
        return vote == null ? List.of() : java.util.stream.IntStream.rangeClosed(1, vote.choices()).boxed().toList();
    }

    public List<ChainHead> getHeads() {
        return heads;
    }

    /** After the close: what the chain check against the published heads found (empty: intact). */
    public List<String> getProblems() {
        return problems;
    }

    /** Whether the search was for something that cannot be a receipt. */
    public boolean isReceiptMalformed() {
        return receiptQuery != null && !receiptQuery.isBlank() && Receipts.read(receiptQuery).isEmpty();
    }

    public Optional<VoteReading.BoxLine> getFound() {
        return found;
    }

    public Vote getVote() {
        return vote;
    }

    public String getRefusal() {
        return refusal;
    }

    public String getReceipt() {
        return receipt;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String getReceiptQuery() {
        return receiptQuery;
    }

    public void setReceiptQuery(String receiptQuery) {
        this.receiptQuery = receiptQuery;
    }
}
