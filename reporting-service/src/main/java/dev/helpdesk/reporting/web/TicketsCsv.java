package dev.helpdesk.reporting.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the export as RFC 4180 CSV (Apache Commons CSV: comma, CRLF, a field quoted when it
 * holds a comma, quote or line break, quotes doubled), row by row as the rows come, through a
 * small buffer: the first bytes leave before the last row is read.
 *
 * <p>Formula injection (OWASP, "CSV Injection"): a cell that begins with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return would be run as a formula by a spreadsheet, and
 * ticket subjects and categories come from anyone who can open a ticket. Such a cell gets a
 * leading apostrophe, which spreadsheets show as text. The rule applies to every cell alike; the
 * service's own values (instants, counts, non-negative durations) never begin with one of them.
 */
final class TicketsCsv {

    /** What the browser receives; the byte-order mark is left out (RFC 4180 has none). */
    static final String MEDIA_TYPE = "text/csv;charset=UTF-8";

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final int BUFFER = 8 * 1024;

    private TicketsCsv() {
    }

    /**
     * Writes the header, then every row {@code rows} hands over, then flushes.
     *
     * @param rows calls its argument once per row, in order
     */
    static void write(List<String> header, Consumer<Consumer<List<String>>> rows, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printer.printRecord(header);
        try {
            rows.accept(row -> {
                try {
                    printer.printRecord(defused(row));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        printer.flush();
    }

    /** The cells with every one that a spreadsheet would take for a formula turned into text. */
    static List<String> defused(List<String> cells) {
        List<String> safe = new ArrayList<>(cells.size());
        for (String cell : cells) {
            boolean formula = cell != null && !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0;
            safe.add(formula ? "'" + cell : cell);
        }
        return safe;
    }
}
