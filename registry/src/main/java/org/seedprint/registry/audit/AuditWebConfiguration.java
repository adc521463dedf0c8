package org.seedprint.registry.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class AuditWebConfiguration implements WebMvcConfigurer {

    private final AuditedRequests auditedRequests;

    AuditWebConfiguration(AuditedRequests auditedRequests) {
        this.auditedRequests = auditedRequests;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(auditedRequests).addPathPatterns("/api/**");
    }
}
