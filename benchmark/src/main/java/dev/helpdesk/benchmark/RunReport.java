package dev.helpdesk.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** What every scenario's report tells: its figures as text and JSON, and whether the run passed. */
interface RunReport {

    /** Why the run failed, one line per reason; empty when it passed. */
    List<String> failures();

    String toText();

    default boolean passed() {
        return failures().isEmpty();
    }

    /** The report's own fields, plus the verdict and its reasons. */
    default ObjectNode toJson(ObjectMapper json) {
        ObjectNode node = json.valueToTree(this);
        node.put("passed", passed());
        node.set("failures", json.valueToTree(failures()));
        return node;
    }
}
