package dev.helpdesk.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class TicketsCsvTest {

    @Test
    void cellsWithCommasQuotesAndLineBreaksAreQuotedAndReadBackUnchanged() throws IOException {
        List<String> row = List.of("HD-000042", "Printer, \"floor 3\"", "line one\r\nline two", "", "Zürich");

        String csv = write(List.of("number", "subject", "note", "empty", "city"), List.of(row));

        assertThat(csv).isEqualTo("number,subject,note,empty,city\r\n"
                + "HD-000042,\"Printer, \"\"floor 3\"\"\",\"line one\r\nline two\",,Zürich\r\n");
        List<CSVRecord> read = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
        assertThat(read.get(1).toList()).isEqualTo(row);
    }

    @Test
    void aCellASpreadsheetWouldRunAsAFormulaIsTurnedIntoText() throws IOException {
        List<String> row = List.of("=HYPERLINK(\"http://evil.example\",\"x\")", "+1+2", "-2+3", "@SUM(A1)",
                "\tcmd", "\rcmd", "a=b", "2026-11-27T09:00:00Z", "12.5");

        String csv = write(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i"), List.of(row));

        List<String> read = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords().get(1).toList();
        assertThat(read).containsExactly("'=HYPERLINK(\"http://evil.example\",\"x\")", "'+1+2", "'-2+3", "'@SUM(A1)",
                "'\tcmd", "'\rcmd", "a=b", "2026-11-27T09:00:00Z", "12.5");
    }

    /**
     * Streaming, not buffering: of a 200,000-row export, the first bytes reach the client while
     * fewer than a thousand rows have been produced, and no more than the writer's small buffer
     * is ever held back.
     */
    @Test
    void theFirstBytesLeaveLongBeforeTheLastRowIsProduced() throws IOException {
        AtomicLong produced = new AtomicLong();
        AtomicLong producedAtFirstByte = new AtomicLong(-1);
        AtomicLong written = new AtomicLong();
        AtomicLong mostHeldBack = new AtomicLong();
        long rows = 200_000;
        OutputStream client = new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                producedAtFirstByte.compareAndSet(-1, produced.get());
                written.addAndGet(length);
            }
        };

        TicketsCsv.write(List.of("ticketId", "subject"), each -> {
            for (long i = 0; i < rows; i++) {
                produced.incrementAndGet();
                each.accept(List.of("ticket-" + i, "Printer on floor " + i + " is jammed"));
                // Roughly 40 bytes a row: what was produced but has not reached the client yet.
                mostHeldBack.accumulateAndGet(produced.get() * 40 - written.get(), Math::max);
            }
        }, client);

        assertThat(producedAtFirstByte.get()).isBetween(1L, 999L);
        assertThat(mostHeldBack.get()).isLessThan(64 * 1024);
        assertThat(written.get()).isGreaterThan(rows * 30);
    }

    private static String write(List<String> header, List<List<String>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TicketsCsv.write(header, each -> rows.forEach(each), out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
