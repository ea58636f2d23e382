package dev.helpdesk.knowledge.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The index on this instance's disk, and its projection's position kept inside it. */
@Configuration(proxyBeanMethods = false)
public class ArticleSearchConfiguration {

    @Bean(destroyMethod = "close")
    ArticleIndex articleIndex(@Value("${helpdesk.knowledge.index-dir}") Path directory, ObjectMapper axonObjectMapper) {
        return new ArticleIndex(directory, new LanguageAnalyzers(), axonObjectMapper);
    }

    @Bean
    ConfigurerModule articleIndexTokenStore(ArticleIndex index) {
        return configurer -> configurer.eventProcessing().registerTokenStore(
                ArticleSearchProjection.PROCESSING_GROUP, axon -> new IndexTokenStore(index, axon.serializer()));
    }
}
