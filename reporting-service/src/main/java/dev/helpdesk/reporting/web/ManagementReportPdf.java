package dev.helpdesk.reporting.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The management report's PDF, rendered by openhtmltopdf from the very page the HTML answer
 * shows, so both always hold the same figures. A report is a few pages: it is rendered in memory.
 */
final class ManagementReportPdf {

    private ManagementReportPdf() {
    }

    static byte[] render(String xhtml) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the management report as PDF", e);
        }
        return pdf.toByteArray();
    }
}
