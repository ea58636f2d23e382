package dev.helpdesk.knowledge;

import dev.helpdesk.testsupport.OnEmbeddedInfrastructure;

/** Against the embedded defaults: a real Kafka broker and the in-JVM MongoDB-wire server. */
@OnEmbeddedInfrastructure
class SuggestionsIntegrationTest extends SuggestionsBehaviour {
}
