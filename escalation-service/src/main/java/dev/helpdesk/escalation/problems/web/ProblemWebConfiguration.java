package dev.helpdesk.escalation.problems.web;

import dev.helpdesk.escalation.admin.web.StaffAccess;
import dev.helpdesk.platform.security.Role;
import java.util.Set;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class ProblemWebConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new StaffAccess(Set.of(Role.SUPERVISOR),
                        "Only agents, supervisors and admins may read problem candidates",
                        "Only a supervisor may turn a problem candidate into a problem or dismiss it"))
                .addPathPatterns(ProblemCandidateController.PATH, ProblemCandidateController.PATH + "/**");
    }
}
