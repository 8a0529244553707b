package ua.hromada.core.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import ua.hromada.core.TableQuery;
import ua.hromada.core.TableRows;

/**
 * A PrimeFaces lazy table over a bean's console table: every page, sort and search box entry goes
 * to the bean as a {@link TableQuery}, so paging, sorting and searching happen in the database
 * and the bean checks authorization on every request.
 */
public class LazyRows<T> extends LazyDataModel<T> {
    private static final long serialVersionUID = 1L;

    /** The bean call behind the table; serializable because the table lives in a view-scoped bean. */
    public interface Source<T> extends Function<TableQuery, TableRows<T>>, Serializable {
    }

    /** A row's key for PrimeFaces; serializable for the same reason. */
    public interface Key<T> extends Function<T, Object>, Serializable {
    }

    private final Source<T> source;
    private final Key<T> key;
    private final String defaultSort;
    private final boolean descending;
    private List<T> page = List.of();

    /**
     * A table whose rows come from {@code source}; until the official sorts otherwise they are in
     * the bean's default order, named here ({@code defaultSort}, a column's {@code field}) so the
     * table shows it (the header's state, the phone's sort choice).
     */
    public LazyRows(Source<T> source, Key<T> key, String defaultSort, boolean descending) {
        this.source = source;
        this.key = key;
        this.defaultSort = defaultSort;
        this.descending = descending;
    }

    /** The table's {@code sortBy}: the order rows come in before the official chooses another. */
    public SortMeta getDefaultSort() {
        return SortMeta.builder().field(defaultSort).order(descending ? SortOrder.DESCENDING : SortOrder.ASCENDING).build();
    }

    // PrimeFaces counts, then loads the page with the same filters: the load need not count again
    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, source.apply(query(0, 0, Map.of(), filterBy, false)).total());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        page = source.apply(query(first, pageSize, sortBy, filterBy, true)).rows();
        return page;
    }

    private static TableQuery query(int first, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy, boolean rowsOnly) {
        SortMeta sort = sortBy.values().stream().filter(s -> s.getOrder() != SortOrder.UNSORTED).findFirst().orElse(null);
        FilterMeta search = filterBy.get(FilterMeta.GLOBAL_FILTER_KEY);
        Object text = search == null ? null : search.getFilterValue();
        return new TableQuery(first, size, sort == null ? null : sort.getField(),
                sort != null && sort.getOrder() == SortOrder.DESCENDING, text == null ? null : text.toString(), rowsOnly);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return page.stream().filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
    }
}
