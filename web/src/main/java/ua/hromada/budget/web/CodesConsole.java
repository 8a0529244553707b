package ua.hromada.budget.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import ua.hromada.budget.BudgetAction;
import ua.hromada.budget.Contest;
import ua.hromada.budget.Schools;
import ua.hromada.budget.VotingCodes;
import ua.hromada.core.HromadaException;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.core.web.Messages;
import ua.hromada.core.web.TenantContext;

/**
 * A school contest's one-time codes in the console: how many are issued, used and revoked; issue a
 * batch (the answer is its printable PDF sheet, the only place the codes ever appear), revoke a lost
 * code by its serial number, or reissue it (revoked, and a new one printed in its place).
 */
@Named
@ViewScoped
public class CodesConsole implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ConsoleContest console;

    @Inject
    VotingCodes codes;

    @Inject
    Schools schools;

    @Inject
    TenantContext tenant;

    @Inject
    LanguageSelection language;

    private long id;
    private Contest contest;
    private VotingCodes.Counts counts;
    private int count = 30;
    private Integer serial;

    /** f:viewAction: the contest's code keepers only; 404 for no contest here. */
    public void load() throws IOException {
        if (contest == null) {
            contest = console.open(id, BudgetAction.CODES, "/admin/budget/" + id + "/codes");
            if (contest != null) {
                counts = codes.counts(id);
            }
        }
    }

    /** Issues {@link #count} codes and answers with their sheet; a refusal is shown on the page. */
    public void issue() throws IOException {
        sheet(() -> codes.issue(id, count), "codes-" + id + ".pdf");
    }

    /** Revokes the code of {@link #serial}. */
    public void revoke() {
        if (Messages.attempt(language.getLocale(), "budget.codes.revoked", () -> codes.revoke(id, serial == null ? 0 : serial))) {
            serial = null;
            counts = codes.counts(id);
        }
    }

    /** Revokes the code of {@link #serial} and answers with the sheet of the one issued in its place. */
    public void reissue() throws IOException {
        int lost = serial == null ? 0 : serial;
        sheet(() -> List.of(codes.reissue(id, lost)), "code-" + id + "-instead-of-" + lost + ".pdf");
    }

    private void sheet(Supplier<List<VotingCodes.Issued>> issue, String file) throws IOException {
        List<VotingCodes.Issued> issued;
        try {
            issued = issue.get();
        } catch (HromadaException e) {
            Messages.show(e, language.getLocale());
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("application/pdf");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
        external.setResponseHeader("Cache-Control", "no-store");
        String link = System.getProperty("hromada.public-url", "http://127.0.0.1:8080") + "/" + tenant.require().slug() + "/budget/" + id
                + "/code";
        String heading = schools.find(contest.schoolId()).name() + " · " + contest.title();
        VotingCodeSheet.write(external.getResponseOutputStream(), heading, link, serial -> Messages.text(language.getLocale(),
                "budget.codes.sheet.serial", serial), Messages.text(language.getLocale(), "budget.codes.sheet.how", link), issued);
        faces.responseComplete();
    }

    public Contest getContest() {
        return contest;
    }

    public VotingCodes.Counts getCounts() {
        return counts;
    }

    public int getBatchMax() {
        return VotingCodes.BATCH_MAX;
    }

    public int getCount() {
        return count;
    }

    public void setCount(int count) {
        this.count = count;
    }

    public Integer getSerial() {
        return serial;
    }

    public void setSerial(Integer serial) {
        this.serial = serial;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }
}
