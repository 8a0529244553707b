package ua.hromada.voting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.web.ConsoleAccess;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.core.web.Messages;
import ua.hromada.core.web.TenantContext;
import ua.hromada.voting.Vote;
import ua.hromada.voting.VoteKind;
import ua.hromada.voting.VotePermissions;
import ua.hromada.voting.VoteReading;
import ua.hromada.voting.Votes;

/** The organiser's console: the community's votes, the set-up form, and one vote's turnout and early close. */
@Named
@ViewScoped
public class VoteConsole implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Votes votes;

    @Inject
    VoteReading reading;

    @Inject
    VotePermissions permissions;

    @Inject
    TenantContext tenant;

    @Inject
    ConsoleAccess access;

    @Inject
    LanguageSelection language;

    private long id;
    private VoteKind kind = VoteKind.QUESTION;
    private String title;
    private String description;
    private String options;
    private LocalDate opensOn;
    private LocalTime opensAt;
    private LocalDate closesOn;
    private LocalTime closesAt;
    private int minAge = 18;

    /** f:viewAction of the list. */
    public void load() throws IOException {
        admit("/admin/voting");
    }

    /** f:viewAction of one vote's page. */
    public void loadVote() throws IOException {
        if (admit("/admin/voting/votes/" + id)) {
            reading.vote(id); // another community's, or none: a 404
        }
    }

    public void create() {
        List<String> labels = options == null ? List.of() : Arrays.stream(options.split("\\R")).toList();
        if (Messages.attempt(language.getLocale(), "voting.created", () -> votes.create(new Votes.Setup(kind, title, description, labels,
                moment(opensOn, opensAt), moment(closesOn, closesAt), minAge)))) {
            title = null;
            description = null;
            options = null;
        }
    }

    public void closeEarly() {
        Messages.attempt(language.getLocale(), "voting.closed-early", () -> votes.closeEarly(id));
    }

    private boolean admit(String path) throws IOException {
        if (permissions.organises(tenant.require().id())) {
            return true;
        }
        access.refuse("/" + tenant.require().slug() + path);
        return false;
    }

    private Instant moment(LocalDate day, LocalTime time) {
        if (day == null || time == null) {
            throw new InvalidInputException("voting.schedule.invalid");
        }
        return day.atTime(time).atZone(tenant.require().zone()).toInstant();
    }

    public List<Vote> getVotes() {
        return votes.all();
    }

    public Vote getVote() {
        return reading.vote(id);
    }

    public long getTurnout() {
        return votes.turnout(id);
    }

    public VoteKind[] getKinds() {
        return VoteKind.values();
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public VoteKind getKind() {
        return kind;
    }

    public void setKind(VoteKind kind) {
        this.kind = kind;
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

    public String getOptions() {
        return options;
    }

    public void setOptions(String options) {
        this.options = options;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(LocalDate opensOn) {
        this.opensOn = opensOn;
    }

    public LocalTime getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(LocalTime opensAt) {
        this.opensAt = opensAt;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }

    public LocalTime getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(LocalTime closesAt) {
        this.closesAt = closesAt;
    }

    public int getMinAge() {
        return minAge;
    }

    public void setMinAge(int minAge) {
        this.minAge = minAge;
    }
}
