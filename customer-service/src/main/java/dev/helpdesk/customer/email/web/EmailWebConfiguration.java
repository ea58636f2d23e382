package dev.helpdesk.customer.email.web;

import dev.helpdesk.platform.security.Role;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class EmailWebConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new EmailAccess("Only an integration or an admin may deliver inbound mail",
                Role.INTEGRATION, Role.ADMIN)).addPathPatterns(EmailWebhookController.PATH);
        registry.addInterceptor(new EmailAccess("Only an admin may read parked mail", Role.ADMIN))
                .addPathPatterns(ParkedMailController.PATH);
    }
}
