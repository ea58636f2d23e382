package dev.helpdesk.escalation.problems.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class ProblemWebConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ProblemAccess())
                .addPathPatterns(ProblemCandidateController.PATH, ProblemCandidateController.PATH + "/**");
    }
}
