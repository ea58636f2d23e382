package dev.helpdesk.escalation.admin.web;

import dev.helpdesk.platform.security.Role;
import java.util.Set;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class AdminWebConfiguration implements WebMvcConfigurer {

    static final String POLICIES = "/api/v1/sla/policies";
    static final String CALENDARS = "/api/v1/sla/calendars";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new StaffAccess(Set.of(Role.ADMIN),
                        "Only agents, supervisors and admins may read SLA policies and calendars",
                        "Only an admin may change SLA policies and calendars"))
                .addPathPatterns(POLICIES, POLICIES + "/**", CALENDARS, CALENDARS + "/**");
    }
}
