package dev.helpdesk.knowledge.web;

import dev.helpdesk.eventsourcing.CommandDispatch;
import dev.helpdesk.eventsourcing.RequestMetadata;
import dev.helpdesk.platform.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/** Sends a command to an article with the metadata of the request that caused it. */
@Component
class ArticleCommands {

    private final CommandDispatch dispatch;

    ArticleCommands(CommandDispatch dispatch) {
        this.dispatch = dispatch;
    }

    void send(Object command, Caller caller, HttpServletRequest request) {
        dispatch.send(command, RequestMetadata.of(caller, request));
    }
}
