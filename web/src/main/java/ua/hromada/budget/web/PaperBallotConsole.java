package ua.hromada.budget.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ua.hromada.budget.BudgetAction;
import ua.hromada.budget.BudgetImports;
import ua.hromada.budget.BudgetPermissions;
import ua.hromada.budget.BudgetProject;
import ua.hromada.budget.Contest;
import ua.hromada.budget.ContestCategory;
import ua.hromada.budget.ContestReading;
import ua.hromada.budget.PaperBallots;
import ua.hromada.budget.Voting;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.web.ConsoleAccess;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.core.web.Messages;
import ua.hromada.core.web.PageResponses;
import ua.hromada.core.web.TenantContext;

/**
 * The moderators' paper ballots of a contest: one ballot entered with the voter's national
 * identifier and ticks, or a file imported whole, its refused lines listed with their reasons.
 */
@Named
@ViewScoped
public class PaperBallotConsole implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ContestReading contests;

    @Inject
    Voting voting;

    @Inject
    PaperBallots paper;

    @Inject
    BudgetImports imports;

    @Inject
    BudgetPermissions permissions;

    @Inject
    TenantContext tenant;

    @Inject
    ConsoleAccess access;

    @Inject
    LanguageSelection language;

    private long id;
    private Contest contest;
    private List<ContestCategory> categories = List.of();
    private List<BudgetProject> admitted = List.of();
    private final Map<Long, Boolean> ticked = new HashMap<>();
    private String identifier;
    private transient Part file;
    private final ImportWatch watch = new ImportWatch();

    /** f:viewAction: the moderators only; 404 for no contest here. */
    public void load() throws IOException {
        if (!permissions.allows(BudgetAction.BALLOTS, tenant.require().id())) {
            access.refuse("/" + tenant.require().slug() + "/admin/budget/" + id + "/ballots");
            return;
        }
        if (contest == null) {
            try {
                contest = contests.find(id);
                categories = contests.categories(id);
                admitted = voting.admitted(id);
            } catch (NotFoundException e) {
                PageResponses.notFound();
            }
        }
    }

    /** Enters the ballot typed; on success the form empties for the next one, on a refusal it stays. */
    public void enter() {
        Set<Long> chosen = new LinkedHashSet<>();
        ticked.forEach((project, on) -> {
            if (Boolean.TRUE.equals(on)) {
                chosen.add(project);
            }
        });
        if (Messages.attempt(language.getLocale(), "budget.paper.entered", () -> paper.enter(id, identifier, chosen))) {
            identifier = null;
            ticked.clear();
        }
    }

    /** Starts importing the chosen file in the background, whole or nothing; the page shows its progress, then the report. */
    public void importFile() throws IOException {
        if (file == null || file.getSize() == 0) {
            Messages.show(new InvalidInputException("budget.paper.file-required"), language.getLocale());
            return;
        }
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
            bytes = in.readAllBytes();
        }
        file = null;
        Messages.attempt(language.getLocale(), "budget.import.started", () -> watch.started(imports.startPaper(id, bytes), imports));
    }

    /** p:poll: reads how far the import is. */
    public void poll() {
        watch.poll(imports);
    }

    public ImportWatch getWatch() {
        return watch;
    }

    public String getFailure() {
        return watch.failure(language.getLocale());
    }

    /** A refused line's reason in the page's language. */
    public String reason(PaperBallots.Refusal refusal) {
        return Messages.text(language.getLocale(), refusal.messageKey(), refusal.arguments().toArray());
    }

    public List<BudgetProject> projectsIn(ContestCategory category) {
        return admitted.stream().filter(p -> category.id().equals(p.categoryId())).toList();
    }

    public String getHeader() {
        return PaperBallots.HEADER;
    }

    /** The report of the import, once it is over. */
    public PaperBallots.Report getReport() {
        return watch.result() instanceof PaperBallots.Report report ? report : null;
    }

    public Contest getContest() {
        return contest;
    }

    public List<ContestCategory> getCategories() {
        return categories;
    }

    public Map<Long, Boolean> getTicked() {
        return ticked;
    }

    public String getIdentifier() {
        return identifier;
    }

    public void setIdentifier(String identifier) {
        this.identifier = identifier;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }
}
