package ua.hromada.core.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import ua.hromada.core.ledger.Ledger;

/** Core's own open data: the heads of the public ledger's chains, every one ever published, oldest first. */
@ApplicationScoped
public class LedgerOpenDataSets implements OpenDataSets {
    /** The set's name, in the catalogue under core. */
    public static final String HEADS = "ledger-heads";

    @Inject
    Ledger ledger;

    @Override
    public List<OpenDataSet<?, ?>> sets() {
        return List.of(OpenDataSet.of(HEADS, HEADS, ledger::published, LedgerHeadDto::of, LedgerHeadDto.COLUMNS, LedgerHeadDto::cells));
    }
}
