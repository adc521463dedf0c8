package org.seedprint.registry.accounts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Placeholder until accounts and roles land (issue 5): everything open, CSRF off for the API.
 * Tests already state the role they act as with {@code @WithMockUser(roles = ...)}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.ignoringRequestMatchers("/api/**"))
                .build();
    }
}
