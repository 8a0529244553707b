package ua.hromada.council.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.core.web.Messages;
import ua.hromada.council.Committee;
import ua.hromada.council.Convocation;
import ua.hromada.council.CouncilAction;
import ua.hromada.council.CouncilReading;
import ua.hromada.council.CouncilStructure;
import ua.hromada.council.Faction;

/** The secretariat's page of the council's structure: convocations, factions and standing committees. */
@Named
@ViewScoped
public class StructureConsole implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CouncilStructure structure;

    @Inject
    CouncilReading reading;

    @Inject
    CouncilAdmission admission;

    @Inject
    LanguageSelection language;

    private Integer number;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String faction;
    private String committee;
    /** The group being renamed (a faction or committee id), its kind and its new name. */
    private Long renaming;
    private boolean renamingFaction;
    private String newName;

    /** f:viewAction. */
    public void load() throws IOException {
        admission.admit(CouncilAction.STRUCTURE, "/admin/council");
    }

    public void addConvocation() {
        if (Messages.attempt(language.getLocale(), "council.convocation.added",
                () -> structure.addConvocation(number == null ? 0 : number, startsOn, endsOn))) {
            number = null;
            startsOn = null;
            endsOn = null;
        }
    }

    public void addFaction() {
        if (Messages.attempt(language.getLocale(), "council.group.added", () -> structure.addFaction(faction))) {
            faction = null;
        }
    }

    public void addCommittee() {
        if (Messages.attempt(language.getLocale(), "council.group.added", () -> structure.addCommittee(committee))) {
            committee = null;
        }
    }

    /** Puts a faction ({@code isFaction}) or committee into the rename form. */
    public void startRename(long id, String name, boolean isFaction) {
        renaming = id;
        renamingFaction = isFaction;
        newName = name;
    }

    public void rename() {
        long id = renaming == null ? 0 : renaming;
        boolean ofFaction = renamingFaction;
        if (Messages.attempt(language.getLocale(), "council.group.renamed",
                () -> {
                    if (ofFaction) {
                        structure.renameFaction(id, newName);
                    } else {
                        structure.renameCommittee(id, newName);
                    }
                })) {
            renaming = null;
            newName = null;
        }
    }

    public List<Convocation> getConvocations() {
        return reading.convocations();
    }

    public List<Faction> getFactions() {
        return reading.factions();
    }

    public List<Committee> getCommittees() {
        return reading.committees();
    }

    public Integer getNumber() {
        return number;
    }

    public void setNumber(Integer number) {
        this.number = number;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public String getFaction() {
        return faction;
    }

    public void setFaction(String faction) {
        this.faction = faction;
    }

    public String getCommittee() {
        return committee;
    }

    public void setCommittee(String committee) {
        this.committee = committee;
    }

    public Long getRenaming() {
        return renaming;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }
}
