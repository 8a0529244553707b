package ua.hromada.core.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import ua.hromada.core.Page;
import ua.hromada.core.tenancy.CurrentCommunity;
import ua.hromada.core.web.CsvTable;

/**
 * A whole keyset-paged list as one CSV download (a tool's open data, a discussion's comments): written
 * page by page as the client reads, every cell through {@link CsvTable}. The response is written on
 * another thread than the request's, so the tenant is handed to it explicitly.
 */
public final class CsvDownload {
    private CsvDownload() {
    }

    /**
     * {@code pages} answers a page for a cursor (null: the first); {@code rows} turns an item into its
     * rows (one or more: a thread and its replies), each its cells in the order of {@code header}. {@code community} is the tenant the pages are read as
     * ({@code CurrentCommunity.NONE} for platform-wide lists).
     */
    public static <T> Response of(String file, long community, String[] header, Function<String, Page<T>> pages,
            Function<T, List<Object[]>> rows) {
        StreamingOutput body = output -> CurrentCommunity.callAs(community, () -> {
            try {
                CsvTable csv = CsvTable.open(output, header);
                Page<T> page = pages.apply(null);
                while (true) {
                    for (T item : page.items()) {
                        for (Object[] cells : rows.apply(item)) {
                            csv.row(cells);
                        }
                    }
                    if (page.nextCursor() == null) {
                        break;
                    }
                    page = pages.apply(page.nextCursor());
                }
                csv.flush();
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }
}
