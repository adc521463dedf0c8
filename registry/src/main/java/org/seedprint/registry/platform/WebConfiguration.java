package org.seedprint.registry.platform;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers the one {@link PagingResolver}, ahead of Spring Data's lenient one. */
@Configuration(proxyBeanMethods = false)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebConfiguration implements WebMvcConfigurer {

    private final PagingProperties paging;

    WebConfiguration(PagingProperties paging) {
        this.paging = paging;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(0, new PagingResolver(paging));
    }
}
