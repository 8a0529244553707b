package ua.hromada.appeals.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import ua.hromada.appeals.AppealOpenData;
import ua.hromada.appeals.AppealsTool;
import ua.hromada.core.api.OpenDataSet;
import ua.hromada.core.api.OpenDataSets;

/**
 * The appeals' open data: monthly counts by kind, status and department (counts only, nothing of
 * who filed or what they wrote), and the directory of departments with contacts and heads.
 */
@ApplicationScoped
public class AppealOpenDataSets implements OpenDataSets {
    @Inject
    AppealOpenData openData;

    @Override
    public List<OpenDataSet<?, ?>> sets() {
        return List.of(OpenDataSet.of(AppealsTool.KEY, "appeals", openData::page, AppealCountDto::of, AppealCountDto.COLUMNS,
                AppealCountDto::cells), OpenDataSet.of(AppealsTool.DIRECTORY_DATASET, AppealsTool.DIRECTORY_DATASET, openData::directory,
                DirectoryEntryDto::of, DirectoryEntryDto.COLUMNS, DirectoryEntryDto::cells));
    }
}
