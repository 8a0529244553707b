package ua.hromada.core.api;

import java.util.List;

/**
 * A tool's open-data sets as the API serves them, found by CDI (an {@code @ApplicationScoped}
 * bean in the tool's web module): one per {@code Dataset} its manifest lists, under the same name.
 */
public interface OpenDataSets {
    List<OpenDataSet<?, ?>> sets();
}
