package ua.hromada.it.appeals;

import ua.hromada.appeals.AppealKind;
import ua.hromada.appeals.Appeals;
import ua.hromada.core.access.Actor;
import ua.hromada.it.support.CommunityWorld;
import ua.hromada.it.support.InContainer;

/** A fresh community with appeals switched on, its people and their appeals, for in-container tests. */
public final class AppealsWorld extends CommunityWorld {
    public static final Actor ADMIN = Actor.system("appeals-it");
    public static final String TEXT = "Прошу відремонтувати тротуар на вулиці Садовій від школи до зупинки: там ями й калюжі.";

    public final Appeals appeals = InContainer.bean(Appeals.class);

    public AppealsWorld(String prefix) {
        super(ADMIN, prefix, "Громада звернень", "appeals");
    }

    /** A statement or information request of {@code person} to the body as a whole. */
    public Appeals.Filing filing(AppealKind kind) {
        return new Appeals.Filing(kind, null, "Ремонт тротуару на Садовій", TEXT, null, false);
    }

    public long file(long person, AppealKind kind) {
        return as(person, () -> appeals.file(filing(kind)).id());
    }
}
