package dev.helpdesk.customer.alert.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class AlertWebConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AlertmanagerAccess()).addPathPatterns(AlertmanagerController.PATH,
                AlertmanagerController.PATH + "/**");
    }
}
