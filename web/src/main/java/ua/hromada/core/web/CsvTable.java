package ua.hromada.core.web;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one way the platform writes CSV: UTF-8 with a byte order mark (spreadsheet programs read
 * Cyrillic only so), a header row, and every text cell formula-safe: a cell that a spreadsheet
 * would run as a formula (it starts with =, +, -, @, a tab or a carriage return) gets a leading
 * apostrophe, so a name like {@code =HYPERLINK(…)} stays text. Numbers and dates are written as
 * they are.
 */
public final class CsvTable implements Closeable, Flushable {
    private final CSVPrinter printer;

    private CsvTable(CSVPrinter printer) {
        this.printer = printer;
    }

    public static CsvTable open(OutputStream out, String... header) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\ufeff');
        return new CsvTable(new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(header).get()));
    }

    public void row(Object... cells) throws IOException {
        printer.printRecord(Arrays.stream(cells).map(CsvTable::cell).toArray());
    }

    /** A cell as written: text made formula-safe, anything else (numbers, dates, null) as it is; for other delimited formats too. */
    public static Object cell(Object value) {
        if (value instanceof CharSequence text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return value;
    }

    @Override
    public void flush() throws IOException {
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
