package ua.hromada.voting.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import ua.hromada.core.api.OpenDataSet;
import ua.hromada.core.api.OpenDataSets;
import ua.hromada.voting.VoteOpenData;
import ua.hromada.voting.VotingTool;

/** The votes' open data: results and boxes of closed votes (nothing of the roll but its count, nothing of an open vote's ballots). */
@ApplicationScoped
public class VotingOpenDataSets implements OpenDataSets {
    @Inject
    VoteOpenData openData;

    @Override
    public List<OpenDataSet<?, ?>> sets() {
        return List.of(OpenDataSet.of(VotingTool.RESULTS_DATASET, VotingTool.RESULTS_DATASET, openData::results, VoteResultDto::of,
                VoteResultDto.COLUMNS, VoteResultDto::cells), OpenDataSet.of(VotingTool.BOXES_DATASET, VotingTool.BOXES_DATASET,
                openData::boxes, BoxEntryDto::of, BoxEntryDto.COLUMNS, BoxEntryDto::cells));
    }
}
