package ua.hromada.core.api;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import ua.hromada.core.Page;

/**
 * One open-data set as the API serves it: its name (a {@code Dataset} of its tool's manifest),
 * the stem of its CSV file's name, its records page by page (of the current community, or of all
 * when none is set), each record as a JSON line and as the cells of a CSV line in the order of
 * {@code columns}. Core's resources answer {@code /open-data/<name>} and
 * {@code /communities/{c}/open-data/<name>}, each also as {@code .csv}.
 */
public final class OpenDataSet<R, D> {
    private final String name;
    private final String file;
    private final BiFunction<String, Integer, Page<R>> records;
    private final Function<R, D> line;
    private final String[] columns;
    private final Function<D, Object[]> cells;

    private OpenDataSet(String name, String file, BiFunction<String, Integer, Page<R>> records, Function<R, D> line, String[] columns,
            Function<D, Object[]> cells) {
        this.name = name;
        this.file = file;
        this.records = records;
        this.line = line;
        this.columns = columns.clone();
        this.cells = cells;
    }

    /** A set named {@code name}, downloaded as {@code <file>.csv} (platform-wide) or {@code <file>-<community>.csv}. */
    public static <R, D> OpenDataSet<R, D> of(String name, String file, BiFunction<String, Integer, Page<R>> records, Function<R, D> line,
            String[] columns, Function<D, Object[]> cells) {
        return new OpenDataSet<>(name, file, records, line, columns, cells);
    }

    public String name() {
        return name;
    }

    /** A page of JSON lines after {@code cursor}. */
    PageDto<D> page(String cursor, int limit) {
        return PageDto.of(records.apply(cursor, limit), line);
    }

    /** The whole set as one CSV file, read as the community {@code community} (with its slug in the file's name; null: all). */
    Response csv(String slug, long community) {
        return CsvDownload.of(file + (slug == null ? "" : "-" + slug) + ".csv", community, columns,
                cursor -> records.apply(cursor, Page.MAX_LIMIT), record -> List.<Object[]>of(cells.apply(line.apply(record))));
    }
}
