package dev.helpdesk.escalation.clocks.web;

import dev.helpdesk.escalation.admin.web.StaffAccess;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class SlaStatusWebConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(StaffAccess.staffOnly(
                        "Only agents, supervisors and admins may read SLA statuses and escalations"))
                .addPathPatterns(SlaStatusController.PATH, SlaStatusController.PATH + "/**",
                        EscalationController.PATH, EscalationController.PATH + "/**");
    }
}
