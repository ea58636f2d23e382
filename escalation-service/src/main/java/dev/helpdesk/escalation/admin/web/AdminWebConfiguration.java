package dev.helpdesk.escalation.admin.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class AdminWebConfiguration implements WebMvcConfigurer {

    static final String POLICIES = "/api/v1/sla/policies";
    static final String CALENDARS = "/api/v1/sla/calendars";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AdminAccess())
                .addPathPatterns(POLICIES, POLICIES + "/**", CALENDARS, CALENDARS + "/**");
    }
}
