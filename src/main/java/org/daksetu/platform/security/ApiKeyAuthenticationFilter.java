package org.daksetu.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the API key from {@code Authorization: Bearer <key>} or {@code X-API-Key}. A request
 * that presents a key that does not authenticate is refused at once (401), rather than being
 * served as anonymous: a caller with a typo in its key should learn it.
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    private final ApiKeys keys;
    private final ProblemWriter problems;

    ApiKeyAuthenticationFilter(ApiKeys keys, ProblemWriter problems) {
        this.keys = keys;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> presented = presentedKey(request);
        if (presented.isPresent()) {
            Optional<ApiKeys.Principal> principal = keys.authenticate(presented.get());
            if (principal.isEmpty()) {
                problems.write(request, response, 401, "unauthorized", "Unauthorized", "The API key is unknown or revoked");
                return;
            }
            List<SimpleGrantedAuthority> authorities = principal.get().roles().stream()
                    .map(r -> new SimpleGrantedAuthority(r.authority())).toList();
            var authentication = new UsernamePasswordAuthenticationToken(principal.get(), null, authorities);
            SecurityContextHolder.getContext().setAuthentication(authentication);
        }
        chain.doFilter(request, response);
    }

    private static Optional<String> presentedKey(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(header.substring(7).trim());
        }
        return Optional.ofNullable(request.getHeader("X-API-Key")).map(String::trim).filter(s -> !s.isEmpty());
    }
}
