package dev.helpdesk.customer.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class DirectoryWebConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new DirectoryAccess()).addPathPatterns(CustomerController.PATH,
                CustomerController.PATH + "/**", OrganizationController.PATH, OrganizationController.PATH + "/**");
    }
}
