package dev.helpdesk.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/** What every scenario's report tells: its figures as text and JSON, and whether the run passed. */
interface RunReport {

    /** Why the run failed, one line per reason; empty when it passed. */
    List<String> failures();

    String toText();

    default boolean passed() {
        return failures().isEmpty();
    }

    /** The end of every text report: tokens fetched, error samples, the verdict and its reasons. */
    default void appendFooter(StringBuilder text, int tokensFetched, List<String> errorSamples) {
        text.append(String.format(Locale.ROOT, "tokens fetched: %d%n", tokensFetched));
        if (!errorSamples.isEmpty()) {
            text.append(String.format("%nerror samples:%n"));
            errorSamples.forEach(sample -> text.append("  ").append(sample).append(System.lineSeparator()));
        }
        List<String> failures = failures();
        text.append(String.format("%nRESULT: %s%n", failures.isEmpty() ? "PASS" : "FAIL"));
        failures.forEach(reason -> text.append("  - ").append(reason).append(System.lineSeparator()));
    }

    /** The report's own fields, plus the verdict and its reasons. */
    default ObjectNode toJson(ObjectMapper json) {
        ObjectNode node = json.valueToTree(this);
        node.put("passed", passed());
        node.set("failures", json.valueToTree(failures()));
        return node;
    }
}
