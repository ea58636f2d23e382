package dev.helpdesk.gateway.web;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tomcat's own error answers as RFC 9457 problems instead of its HTML page. Tomcat answers alone
 * when it refuses a request before the application sees it: a request line or header it cannot
 * read (an unencoded {@code {} in the query, say) is a 400 that no Spring handler ever renders.
 * Answers the application wrote itself pass untouched.
 */
public final class ProblemErrorReportValve extends ErrorReportValve {

    private static final String UNREADABLE = "The request is not valid HTTP: its request line or a header holds a "
            + "character that must be percent-encoded or is not allowed";

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String detail = status == HttpStatus.BAD_REQUEST.value() ? ",\"detail\":\"" + UNREADABLE + "\"" : "";
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                        + detail + "}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException gone) {
            // the client has gone, or the answer was begun elsewhere: nothing more to send
        }
    }
}
