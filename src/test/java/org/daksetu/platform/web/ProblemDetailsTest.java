package org.daksetu.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** A request rolled back because it met another (a deadlock) is asked to come again; any other failure is a 500. */
class ProblemDetailsTest {

    private final ProblemDetails problems = new ProblemDetails();
    private final MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/scans");

    @Test
    void a_deadlock_deep_in_the_causes_is_a_503_with_retry_after() {
        var e = new IllegalStateException("tracking store: deadlock detected",
                new SQLException("ERROR: deadlock detected", "40P01"));
        var answer = problems.unexpected(e, request);
        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("1");
        assertThat(answer.getBody().getType().toString()).isEqualTo("urn:daksetu:problem:retry");
        assertThat(answer.getBody().getInstance().toString()).isEqualTo("/api/v1/scans");
    }

    @Test
    void a_serialisation_failure_too_and_nothing_else() {
        assertThat(problems.unexpected(new RuntimeException(new SQLException("could not serialize", "40001")), request)
                .getStatusCode().value()).isEqualTo(503);
        assertThat(problems.unexpected(new IllegalStateException(new SQLException("duplicate key", "23505")), request)
                .getStatusCode().value()).isEqualTo(500);
        assertThat(problems.unexpected(new IllegalStateException("boom"), request).getStatusCode().value()).isEqualTo(500);
    }
}
