package org.daksetu.platform.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Who may call what. Reading the public network (PINs, offices, pickup points, serviceability)
 * needs no key and skips the security filters altogether: those reads are the hottest paths of
 * the platform, and the filter chain cost them 40% of their throughput (docs/PERFORMANCE.md).
 * Changing the network needs an ADMIN key. Booking (docs/API.md, "Keys and roles"): shippers
 * book, quote, reserve numbers and run their pickups; the postal operator confirms handovers; both
 * read shipments, pickups and labels, a shipper only its own (the controllers scope every query
 * by the caller's party). Parties, keys of other parties and tariffs are the admins'.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
public class SecurityConfiguration {

    /** There are no users with passwords: API keys are the only credentials. */
    @Bean
    UserDetailsService noPasswordUsers() {
        return username -> {
            throw new UsernameNotFoundException("DakSetu authenticates API keys only");
        };
    }

    /** Public reads: served without authentication; a key sent with them is neither needed nor checked. */
    static final String[] PUBLIC_GETS = {"/api/v1/pincodes/**", "/api/v1/post-offices/**", "/api/v1/pickup-points/**",
            "/api/v1/network/summary", "/api/v1/promise", "/api/v1/promise/**", "/api/v1/hubs/**", "/api/v1/lanes/**",
            "/api/v1/calendar", "/api/v1/article-numbers/*", "/api/v1/tariffs", "/api/v1/tariffs/*",
            "/api/v1/track/**"};
    static final String[] PUBLIC_POSTS = {"/api/v1/serviceability", "/api/v1/promise/bulk"};

    private static final String ADMIN = Role.ADMIN.name();
    private static final String SHIPPER = Role.SHIPPER.name();
    private static final String POSTAL_OPS = Role.POSTAL_OPS.name();

    @Bean
    WebSecurityCustomizer publicReads() {
        return web -> web.ignoring()
                .requestMatchers(HttpMethod.GET, PUBLIC_GETS)
                .requestMatchers(HttpMethod.POST, PUBLIC_POSTS);
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, ApiKeys keys, ProblemWriter problems) throws Exception {
        http.csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(b -> b.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable())
                .requestCache(c -> c.disable())
                .addFilterBefore(new ApiKeyAuthenticationFilter(keys, problems), AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> problems.write(req, res, 401, "unauthorized",
                                "Unauthorized", "This request needs an API key: send it as 'Authorization: Bearer <key>'"))
                        .accessDeniedHandler((req, res, ex) -> problems.write(req, res, 403, "forbidden",
                                "Forbidden", "Your API key's roles do not allow this request")))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/v1/pickup-points/**", "/api/v1/network/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/v1/lanes/**", "/api/v1/calendar/**")
                        .hasAnyRole(Role.ADMIN.name(), Role.POSTAL_OPS.name())
                        .requestMatchers("/api/v1/scans/**", "/api/v1/tracking/articles/**")
                        .hasAnyRole(Role.ADMIN.name(), Role.POSTAL_OPS.name())
                        .requestMatchers("/api/v1/parties/**").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/api-keys").hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/v1/api-keys/**").authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/v1/tariffs").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/shippers/*/pickup-points").hasAnyRole(ADMIN, SHIPPER)
                        .requestMatchers("/api/v1/shippers/**").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/pickups/*/handover").hasRole(Role.POSTAL_OPS.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/shipments/**", "/api/v1/pickups/**").hasAnyRole(SHIPPER, POSTAL_OPS, ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/v1/labels").hasAnyRole(SHIPPER, POSTAL_OPS, ADMIN)
                        .requestMatchers("/api/v1/shipments/**", "/api/v1/quotes", "/api/v1/article-number-reservations/**",
                                "/api/v1/pickups/**").hasRole(Role.SHIPPER.name())
                        // the quarterly review (issue 8): for the partners' admins, analysts and finance
                        .requestMatchers(HttpMethod.GET, "/api/v1/reviews/**").hasAnyRole(ADMIN, Role.ANALYST.name(), Role.FINANCE.name())
                        // Last mile and COD (docs/DELIVERY.md, docs/COD.md); the controllers scope a shipper to its own data.
                        .requestMatchers(HttpMethod.POST, "/api/v1/delivery/articles/*/instructions").hasRole(SHIPPER)
                        .requestMatchers(HttpMethod.POST, "/api/v1/delivery/instructions").hasRole(SHIPPER)
                        .requestMatchers(HttpMethod.PUT, "/api/v1/delivery/policies/*").hasAnyRole(SHIPPER, ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/v1/delivery/articles/**", "/api/v1/delivery/reports/**",
                                "/api/v1/delivery/reports", "/api/v1/delivery/returns/**", "/api/v1/delivery/returns",
                                "/api/v1/delivery/policies/*").hasAnyRole(SHIPPER, POSTAL_OPS, ADMIN, Role.ANALYST.name())
                        .requestMatchers("/api/v1/delivery/**").hasAnyRole(POSTAL_OPS, ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/v1/cod/collections").hasAnyRole(POSTAL_OPS, ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/v1/cod/remittances/*/confirmation").hasRole(SHIPPER)
                        .requestMatchers(HttpMethod.GET, "/api/v1/cod/offices/**").hasAnyRole(POSTAL_OPS, Role.FINANCE.name(), ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/v1/cod/ledger/**").hasAnyRole(Role.FINANCE.name(), ADMIN, Role.ANALYST.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/cod/**")
                        .hasAnyRole(SHIPPER, POSTAL_OPS, Role.FINANCE.name(), ADMIN, Role.ANALYST.name())
                        .requestMatchers("/api/v1/cod/**").hasAnyRole(Role.FINANCE.name(), ADMIN)
                        // capacity (docs/CAPACITY.md): either partner offers; India Post closes and allocates bags
                        .requestMatchers("/api/v1/capacity/offers/**").hasAnyRole(SHIPPER, POSTAL_OPS, ADMIN)
                        .requestMatchers("/api/v1/capacity/bags/**", "/api/v1/capacity/allocations/**").hasAnyRole(POSTAL_OPS, ADMIN)
                        .requestMatchers("/api/v1/capacity/**").hasAnyRole(POSTAL_OPS, ADMIN, Role.ANALYST.name())
                        .requestMatchers("/api/**").authenticated()
                        .anyRequest().permitAll());
        return http.build();
    }
}
