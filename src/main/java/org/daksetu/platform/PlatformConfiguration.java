package org.daksetu.platform;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.time.Clock;
import org.daksetu.platform.cli.ConsoleProgress;
import org.daksetu.shared.Progress;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class PlatformConfiguration {

    /** The system clock, which the operations simulator can set to simulated time (AdjustableClock). */
    @Bean
    @ConditionalOnMissingBean(Clock.class)
    AdjustableClock clock() {
        return new AdjustableClock(Clock.systemDefaultZone());
    }

    @Bean
    @ConditionalOnMissingBean
    Progress progress() {
        return new ConsoleProgress();
    }

    @Bean
    OpenAPI openApi() {
        return new OpenAPI()
                .info(new Info().title("DakSetu API").version("v1")
                        .description("E-commerce parcels through the India Post network. Errors are RFC 9457 problem details "
                                + "(application/problem+json) with an 'errors' list naming each bad field and value.")
                        .license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")))
                .components(new Components().addSecuritySchemes("apiKey",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").description("DakSetu API key")));
    }
}
